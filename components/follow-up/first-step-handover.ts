import type { EarlyQueue } from './queue-query';

// The side panel loads in two scripts: its first step (entrypoints/sidepanel-first-step.ts), one file of its own that
// reads and paints the first queue, then React's page (entrypoints/sidepanel/main.ts). Each has its own copy of the
// modules they share, so what the first step started is handed over on the page's global object, not in a module.

/** What the first step hands to React's page: the settings it read and its live query of the queue. */
export type FirstStepHandover = Pick<EarlyQueue, 'settings' | 'query'>;

declare global {
  interface Window {
    /** Settles once the first step's view is on screen. */
    rapportSidePanelFirstStep?: Promise<FirstStepHandover>;
  }
}

/** Called by the first step as it starts, with what settles once its view is on screen. */
export function handOver(done: Promise<FirstStepHandover>) {
  window.rapportSidePanelFirstStep = done;
}

/** What the first step hands over, once its view is on screen; undefined at once if it never ran. */
export const handedOver = (): Promise<FirstStepHandover | undefined> =>
  window.rapportSidePanelFirstStep ?? Promise.resolve(undefined);
