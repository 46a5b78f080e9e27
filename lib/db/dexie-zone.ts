import Dexie from 'dexie';
import { turnsPerTransaction } from './in-turn';

// For the middlewares whose writes read through Dexie's layers below them (search words, dated commitments): those
// layers look for the transaction's zone, which only Dexie's own promises carry across a wait (on a native promise,
// the second of two contact writes side by side failed its first read; an import's contacts write failed). Not in
// ./in-turn.ts: the queue's reads import that module in pages that load no Dexie.

/** A write of the middlewares below as Dexie's promise, so what follows it keeps the transaction's zone. */
export const below = <T>(write: PromiseLike<T>) => Dexie.Promise.resolve(write);

/** A middleware's own turns per transaction (./in-turn.ts), each transaction's first chained on Dexie's promise. */
export const turnsInDexieZone = () => turnsPerTransaction(() => Dexie.Promise.resolve());
