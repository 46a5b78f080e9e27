import type { DatedChunk } from './dated-commitments';
import type { QueueCardChunk } from './queue-cards-middleware';
import { CARDS_STORE, DATED_STORE, OPEN_STORE, openWeekOf } from './queue-row-stores';
import { answer } from './read-transaction';
import type { OpenWeek } from './summary-store';

// The queue's reads that depend on no setting and no rule's candidates, asked for by the side panel's first bytes
// (entrypoints/sidepanel-early.ts) as soon as its database is open, and taken over by its first computation of the
// queue (lib/db/queries/load-queue.ts): the browser's IndexedDB answers a transaction's requests one after another,
// and these three were the first half of the queue's reads, asked for only once the first step (45 KB) had run.
// No Dexie and no rules here: this file is part of a script of under 2 KB (tests/e2e/bundle-size.test.ts).

/**
 * The longest window of open follow-ups a rule may read (by when they opened): the early read takes the week rows
 * from this far back, and the queue keeps those of its own window (tests/unit/db/early-queue-reads.test.ts checks
 * that every rule's lookback fits).
 */
export const OPEN_LOOKBACK_LIMIT_MS = 31 * 86_400_000;

/**
 * Early reads older than this are not used: the queue reads again. What they read can change only by a write, and
 * a write between them and the queue's own reads is one the page's store listener computes the queue again for
 * (lib/db/store-changes.ts), as it does for one just after.
 */
export const EARLY_READS_FRESH_MS = 5_000;

/** The rows read early, on one connection, at one moment. */
export interface EarlyQueueReads {
  db: IDBDatabase;
  at: number;
  /** The week rows from OPEN_LOOKBACK_LIMIT_MS before `at` on. */
  openWeeks: Promise<OpenWeek[]>;
  dated: Promise<DatedChunk[]>;
  cards: Promise<QueueCardChunk[]>;
}

declare global {
  // The early script and the first step are two scripts, each with its own copy of this module.
  var rapportEarlyQueueReads: EarlyQueueReads | undefined;
}

/** Asks for the early reads on this connection, in one read-only transaction, for the page's first computation. */
export function readQueueEarly(db: IDBDatabase, at = Date.now()): void {
  const transaction = db.transaction([OPEN_STORE, DATED_STORE, CARDS_STORE], 'readonly');
  const all = <T>(store: string, range?: IDBKeyRange) =>
    answer(transaction.objectStore(store).getAll(range)) as Promise<T[]>;
  const early: EarlyQueueReads = {
    db,
    at,
    openWeeks: all(OPEN_STORE, IDBKeyRange.lowerBound(openWeekOf(at - OPEN_LOOKBACK_LIMIT_MS))),
    dated: all(DATED_STORE),
    cards: all(CARDS_STORE),
  };
  // A failure is the taker's (its queue fails the same way); none if nobody takes them.
  for (const read of [early.openWeeks, early.dated, early.cards]) read.catch(() => undefined);
  globalThis.rapportEarlyQueueReads = early;
}

/**
 * The early reads, once: those asked for on this connection, at most EARLY_READS_FRESH_MS before `now` (a later
 * computation reads for itself); none otherwise.
 */
export function takeEarlyQueueReads(db: IDBDatabase, now: number): EarlyQueueReads | undefined {
  const early = globalThis.rapportEarlyQueueReads;
  globalThis.rapportEarlyQueueReads = undefined;
  if (!early || early.db !== db || now < early.at || now - early.at > EARLY_READS_FRESH_MS) return undefined;
  return early;
}
