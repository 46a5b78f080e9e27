import type { DBCoreKeyRange, DBCoreTable, DBCoreTransaction } from 'dexie';

// Dexie's DBCoreRangeType is a const enum, which Dexie declares but cannot export to an isolated build: its values,
// as the middlewares compare and make ranges.

/** DBCoreRangeType.Range: from `lower` to `upper` (either may be open-ended). */
export const KEY_RANGE = 2;
/** DBCoreRangeType.Any: the whole table. */
export const WHOLE_TABLE = 3;
/** DBCoreRangeType.Never: no key. */
export const NO_KEY = 4;

/** The whole table as a key range, for a query or a deleteRange. */
export const WHOLE_RANGE = { type: WHOLE_TABLE } as DBCoreKeyRange;

/**
 * The primary keys in a range (those a deleteRange is about to delete): the database's own promise, which Dexie keeps
 * its transaction zone across (./dexie-zone.ts).
 */
export const keysIn = (table: DBCoreTable, trans: DBCoreTransaction, range: DBCoreKeyRange) =>
  table
    .query({ trans, values: false, query: { index: table.schema.primaryKey, range } })
    .then(({ result }) => result as string[]);
