import { handedOver } from '../../components/follow-up/first-step-handover';

// React's page, once the side panel's first step (../sidepanel-first-step.ts, loaded before this script) has painted
// the first queue it found: imported then, not up front, so React and the page's components do not hold the queue's
// reads back on the one main thread (201 ms in the panel, 78 ms alone). It takes over the first step's query. Not
// even once the view the background kept is on screen: loaded then, beside the first step's own queue, the page was
// on screen no sooner (380.7 ms against 368.6, side by side, n = 8) and made a long task of 50–85 ms.
handedOver().then(async (handover) => {
  const { mountSidePanel } = await import('./page');
  return mountSidePanel(handover);
});
