import { handedOver } from '../../components/follow-up/first-step-handover';

// React's page, once the side panel's first step (../sidepanel-first-step.ts, loaded before this script) has painted
// the first queue: imported then, not up front, so React and the page's components do not hold the queue's reads
// back on the one main thread (201 ms in the panel, 78 ms alone). It takes over the first step's query.
handedOver().then(async (handover) => {
  const { mountSidePanel } = await import('./page');
  return mountSidePanel(handover);
});
