import type { DBCoreTable, DBCoreTransaction } from 'dexie';

/**
 * Rows written per request by the writes that can be large (an import's commit, a restore, the summaries they
 * keep). Chromium's IndexedDB carries out the puts already asked for before it takes an abort: a request of 1,000
 * contacts (10 indexes each) held a cancel back ~0.5 s quiet and 2 s loaded, one of 30,000 summaries many seconds.
 * 250 keeps that wait short while each request still carries enough rows to be worth its round trip.
 */
export const ROWS_PER_REQUEST = 250;

/**
 * Writes `rows` a slice of ROWS_PER_REQUEST at a time, the next slice asked for while the one before is being
 * written: the worker prepares a slice (cloning it, its search words) while the database writes the last one,
 * instead of each waiting on the other, and an abort still waits for two slices at most. `beforeEach` runs before
 * a slice is asked for (it may throw to stop), `written` once it is written.
 */
export async function writeInSlices<T>(
  rows: readonly T[],
  write: (slice: T[]) => PromiseLike<unknown>,
  { beforeEach, written }: { beforeEach?: () => void; written?: (slice: T[]) => void } = {},
): Promise<void> {
  let previous: PromiseLike<void> | null = null;
  for (let i = 0; i < rows.length; i += ROWS_PER_REQUEST) {
    beforeEach?.();
    const slice = rows.slice(i, i + ROWS_PER_REQUEST);
    const current = write(slice).then(() => written?.(slice));
    // Awaited below, after the one before it: marked handled now so a failure meanwhile is not reported twice.
    Promise.resolve(current).catch(() => undefined);
    if (previous) await previous;
    previous = current;
  }
  if (previous) await previous;
}

/** Puts `values` into `table` in slices (writeInSlices). */
export function putInSlices(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  values: readonly unknown[],
): Promise<void> {
  return writeInSlices(values, (slice) => table.mutate({ type: 'put', trans, values: slice }));
}
