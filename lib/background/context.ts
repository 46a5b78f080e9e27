import type { RapportDatabase } from '../db/database';

/** What every handler gets: the database and a clock, injected so tests can fix time. */
export interface HandlerContext {
  db: RapportDatabase;
  now: () => number;
}
