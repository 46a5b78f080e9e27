// The stores the queue reads as a few rows each, and how the open follow-ups' rows are keyed: no imports, so the
// side panel's first bytes (entrypoints/sidepanel-early.ts, under 2 KB) read them without the modules that keep the
// rows. What the rows hold, and why so: ./summary-store.ts, ./dated-commitments.ts, ./queue-cards-middleware.ts.

export const OPEN_STORE = 'openWeeks';
export const DATED_STORE = 'datedCommitments';
export const CARDS_STORE = 'queueCards';

/**
 * The span of `since` an open-follow-up row holds. The queue reads the rows of its lookback (at most 30 days:
 * five or six rows) by key range, as it read the people's own rows by the `since` index.
 */
export const OPEN_WEEK_MS = 7 * 86_400_000;

/** The key of the row of the open follow-ups that opened at `since`. */
export const openWeekOf = (since: number): number => Math.floor(since / OPEN_WEEK_MS);
