import type { DBCoreTransaction } from 'dexie';

/**
 * A queue per transaction for a middleware's read-modify-writes: two writes in flight at once in one transaction
 * (a contact and its interactions written side by side, two batches of one person's rows) would each read a row
 * before the other wrote it, and one edit would be lost. Each middleware takes its own: a task of one may wait
 * on a write passing through another below it, which must not wait behind it. `start` is the promise a transaction's
 * first task is chained on: Dexie's own (`() => Dexie.Promise.resolve()`) for a middleware whose tasks read through
 * Dexie's layers below, which look for the transaction's zone that only Dexie's promises carry across a wait.
 */
export function turnsPerTransaction(start: () => Promise<unknown> = () => Promise.resolve()) {
  const pending = new WeakMap<DBCoreTransaction, Promise<unknown>>();
  return function inTurn<T>(trans: DBCoreTransaction, task: () => Promise<T>): Promise<T> {
    const run = (pending.get(trans) ?? start()).then(task);
    pending.set(
      trans,
      run.catch(() => undefined),
    );
    return run;
  };
}
