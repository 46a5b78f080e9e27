import Dexie, {
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
} from 'dexie';
import { turnsPerTransaction } from './in-turn';
import { keysIn, WHOLE_TABLE } from './key-ranges';

// For the middlewares whose writes read through Dexie's layers below them (search words, dated commitments, the
// open follow-ups' names): those layers look for the transaction's zone, which only Dexie's own promises carry across
// a wait (on a native promise, the second of two contact writes side by side failed its first read; an import's
// contacts write failed). Not in ./in-turn.ts: the queue's reads import that module in pages that load no Dexie.

/** A write of the middlewares below as Dexie's promise, so what follows it keeps the transaction's zone. */
export const below = <T>(write: PromiseLike<T>) => Dexie.Promise.resolve(write);

/** A middleware's own turns per transaction (./in-turn.ts), each transaction's first chained on Dexie's promise. */
export const turnsInDexieZone = () => turnsPerTransaction(() => Dexie.Promise.resolve());

const deleted = <T>(ids: readonly string[]) => new Map<string, T | null>(ids.map((id) => [id, null]));

/**
 * A table whose writes `keep` follows once they are done: `written` (the last of rows with the same id is the one
 * stored), `null` for a deleted key, 'all' for the table cleared. Chained on Dexie's promises, not awaited: Dexie
 * keeps its transaction zone across those only, and its reads below need it (an import's contacts write failed).
 */
export function following<T extends { id: string }>(
  table: DBCoreTable,
  keep: (trans: DBCoreTransaction, written: ReadonlyMap<string, T | null> | 'all') => PromiseLike<unknown>,
): DBCoreTable {
  const then = (
    req: DBCoreMutateRequest,
    kept: (result: DBCoreMutateResponse) => ReadonlyMap<string, T | null> | 'all',
  ) => below(table.mutate(req)).then((result) => below(keep(req.trans, kept(result))).then(() => result));
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (req.type === 'deleteRange' && req.range.type === WHOLE_TABLE) return then(req, () => 'all');
      if (req.type === 'delete') return then(req, () => deleted<T>(req.keys as string[]));
      if (req.type === 'deleteRange') {
        return below(keysIn(table, req.trans, req.range)).then((ids) =>
          then(req, () => deleted<T>(ids as string[])),
        );
      }
      return then(
        req,
        (result) =>
          new Map(
            (req.values as T[]).filter((_, i) => !result.failures[i]).map((row) => [row.id, row] as const),
          ),
      );
    },
  };
}
