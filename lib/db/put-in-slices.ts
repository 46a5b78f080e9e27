import type { DBCoreTable, DBCoreTransaction } from 'dexie';

/**
 * Rows written per request by the writes that can be large (an import's commit, a restore, the summaries they
 * keep). Chromium's IndexedDB carries out the puts already asked for before it takes an abort: a request of 1,000
 * contacts (10 indexes each) held a cancel back ~0.5 s quiet and 2 s loaded, one of 30,000 summaries many seconds.
 * 250 keeps that wait short while each request still carries enough rows to be worth its round trip.
 */
export const ROWS_PER_REQUEST = 250;

/** Puts `values` into `table` a slice of ROWS_PER_REQUEST at a time, each waited for before the next is asked. */
export async function putInSlices(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  values: readonly unknown[],
): Promise<void> {
  for (let i = 0; i < values.length; i += ROWS_PER_REQUEST)
    await table.mutate({ type: 'put', trans, values: values.slice(i, i + ROWS_PER_REQUEST) });
}
