import { firstViewDrawn, handedOver } from '../../components/follow-up/first-step-handover';

// React's page, once the side panel's first step (../sidepanel-first-step.ts, loaded before this script) has painted
// a first view: loaded then, not up front, so React and the page's components do not hold the first view back on the
// one main thread (201 ms in the panel, 78 ms alone). Where that view is the one the background kept, the page loads
// while the first step computes its own queue; it mounts once that is on screen, and takes over the first step's
// query (its first render shows the queue found).
const page = firstViewDrawn().then(() => import('./page'));
handedOver().then(async (handover) => (await page).mountSidePanel(handover));
