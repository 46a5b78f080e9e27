import { openExisting } from './open-existing';

let opening: Promise<IDBDatabase | undefined> | undefined;

/**
 * A page's own connection to the database without Dexie (the queue's reads: lib/db/read-transaction.ts), opened
 * once and kept; opened again once it was closed (the background upgraded the schema), and on every ask until the
 * database exists (undefined until then: the background creates it).
 */
export function pageConnection(): Promise<IDBDatabase | undefined> {
  if (!opening) {
    const forget = () => {
      opening = undefined;
    };
    opening = openExisting(undefined, forget);
    opening.then((db) => db ?? forget(), forget);
  }
  return opening;
}
