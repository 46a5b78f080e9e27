/**
 * The side panel's first step on its page's timeline (DevTools shows them; the chromium-queue bench reads them): when
 * its script ran, when the settings its queue needs were read, when the first queue found was painted. With the
 * queue's own span (lib/db/queries/load-queue.ts › QUEUE_MEASURE) they tell where an open's first group waited.
 */
export const PANEL_MARKS = {
  scriptRan: 'rapport: side panel › first step ran',
  settingsRead: 'rapport: side panel › settings read',
  painted: 'rapport: side panel › first queue painted',
} as const;

export const markPanel = (mark: keyof typeof PANEL_MARKS) => performance.mark(PANEL_MARKS[mark]);
