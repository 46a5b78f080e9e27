import type { DBCoreTransaction, Transaction } from 'dexie';

type Flush = () => Promise<void>;

/** The transactions whose derived rows are kept once at their end, each with the middlewares' work waiting. */
const deferring = new WeakMap<DBCoreTransaction, Map<string, Flush>>();

/**
 * Asks the middlewares that keep derived rows (the summaries and open follow-ups beside the threads, the queue
 * cards beside the contacts) to keep them ONCE for the whole transaction, when its writer calls `flushUpkeep`,
 * instead of on each write. An import writes 30,000 contacts and threads in batches: per batch, the middlewares
 * read and rewrite the same card rows and summaries again; once, they read each once and write each once. What
 * is kept is the same (tests/unit/db/deferred-upkeep.test.ts). The writer MUST flush before the transaction ends.
 */
export function deferUpkeep(tx: Transaction): void {
  // Dexie hands the middlewares the transaction it keeps as `idbtrans` (the one its DBCore stack made).
  deferring.set(tx.idbtrans as unknown as DBCoreTransaction, new Map());
}

/**
 * For a middleware: whether `trans` defers its upkeep; if so, `flush` (the middleware's, by its name: the last one
 * given is kept, so it may close over what the writes so far left it) runs at the writer's `flushUpkeep`.
 */
export function deferredTo(trans: DBCoreTransaction, middleware: string, flush: Flush): boolean {
  const waiting = deferring.get(trans);
  if (!waiting) return false;
  waiting.set(middleware, flush);
  return true;
}

/** Runs the middlewares' deferred upkeep of the transaction (each once), which then keeps its rows as it goes again. */
export async function flushUpkeep(tx: Transaction): Promise<void> {
  const trans = tx.idbtrans as unknown as DBCoreTransaction;
  const waiting = deferring.get(trans);
  deferring.delete(trans);
  // Side by side (each keeps its own tables), so each starts in Dexie's transaction zone: one started after another
  // was awaited would start outside it.
  await Promise.all([...(waiting?.values() ?? [])].map((flush) => flush()));
}
