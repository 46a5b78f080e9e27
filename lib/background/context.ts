import type { RapportDatabase } from '../db/database';

/** What every handler gets: the database and a clock, injected so tests can fix time and place. */
export interface HandlerContext {
  db: RapportDatabase;
  now: () => number;
  /** The user's IANA time zone (default: the worker's own, lib/time's `userTimeZone`). */
  timeZone?: () => string;
}
