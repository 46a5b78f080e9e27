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
    /** Settles once a first view is on screen: the one the background kept, or the first step's own. */
    rapportSidePanelDrawn?: Promise<void>;
  }
}

/**
 * Called by the first step as it starts, with what settles once its view is on screen (`done`) and once any first
 * view is (`drawn`: the one the background kept may come first).
 */
export function handOver(done: Promise<FirstStepHandover>, drawn: Promise<void>) {
  window.rapportSidePanelFirstStep = done;
  window.rapportSidePanelDrawn = drawn;
}

/** Once a first view is on screen; at once if the first step never ran. */
export const firstViewDrawn = (): Promise<void> => window.rapportSidePanelDrawn ?? Promise.resolve();

/** What the first step hands over, once its view is on screen; undefined at once if it never ran. */
export const handedOver = (): Promise<FirstStepHandover | undefined> =>
  window.rapportSidePanelFirstStep ?? Promise.resolve(undefined);
