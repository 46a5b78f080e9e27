/**
 * The side panel's first step on its page's timeline (DevTools shows them; the chromium-queue bench reads them): when
 * its script ran, when the settings its queue needs were read, when the first view the background kept was painted
 * (where it fitted: lib/browser/kept-first-view.ts), when the first queue found was painted (or found the same).
 * With the queue's own span (lib/db/queries/load-queue.ts › QUEUE_MEASURE) they tell where an open's first group
 * waited.
 */
export const PANEL_MARKS = {
  scriptRan: 'rapport: side panel › first step ran',
  settingsRead: 'rapport: side panel › settings read',
  keptViewPainted: 'rapport: side panel › kept first view painted',
  painted: 'rapport: side panel › first queue painted',
} as const;

/** Marks the timeline; `detail` rides along (the first queue's says whether it was drawn over the kept view). */
export const markPanel = (mark: keyof typeof PANEL_MARKS, detail?: object) =>
  performance.mark(PANEL_MARKS[mark], { detail });
