import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import {
  CHANGED_KEY,
  type DataChanged,
  type PeopleRemoved,
  PICTURE_KEY,
  REMOVED_KEY,
} from '../social/network-snapshot';
import { THREAD_TABLE } from './thread-store';

const NETWORK = 'network';
/** What the network picture is drawn from. */
const WATCHED = new Set(['contacts', 'interactions', THREAD_TABLE]);
/** What a deleted range counts as (its size is not known without reading it): a big change. */
const RANGE_ROWS = 1_000;

type WriteListener = (rows: number) => void;
const listeners = new Set<WriteListener>();

/**
 * Called after each write of contacts or interactions in this context with the number of rows it wrote, so the
 * background can draw the picture again after a big change (an import, a restore). Returns the unsubscribe.
 */
export function onNetworkDataWritten(listener: WriteListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const rowsOf = (req: DBCoreMutateRequest) =>
  req.type === 'add' || req.type === 'put'
    ? req.values.length
    : req.type === 'delete'
      ? req.keys.length
      : RANGE_ROWS;

/**
 * Marks the stored network picture out of date on EVERY write of contacts or interactions, whoever makes it: one
 * marker row per read-write transaction, written in it, so the mark and the change commit together. A person
 * deleted also takes the stored picture with them (its suggestions name people): the view draws it again rather
 * than show a deleted name, and a drawing that read before the deletion is not stored (lib/background/network-keeper.ts).
 */
export const networkStaleMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'network-stale',
  // Below the queue cards (9), the summaries and search words (10): it only adds a row beside their writes.
  level: 8,
  create(down) {
    // Schemas before v12 (a migration test opening an older database) have no picture to mark.
    if (!down.schema.tables.some((table) => table.name === NETWORK)) return down;
    const marked = new WeakSet<DBCoreTransaction>();
    return {
      ...down,
      transaction(stores, mode, options) {
        const touches = mode === 'readwrite' && stores.some((name) => WATCHED.has(name));
        return down.transaction(touches ? [...new Set([...stores, NETWORK])] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!WATCHED.has(name)) return table;
        const network = down.table(NETWORK);
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest) {
            const result = await table.mutate(req);
            const { trans } = req;
            const deletesPeople =
              name === 'contacts' && (req.type === 'delete' || req.type === 'deleteRange');
            if (deletesPeople) {
              const removed: PeopleRemoved = { key: REMOVED_KEY, at: Date.now() };
              await network.mutate({ type: 'delete', trans, keys: [PICTURE_KEY] });
              await network.mutate({ type: 'put', trans, values: [removed] });
            }
            if (!marked.has(trans)) {
              marked.add(trans);
              const changed: DataChanged = { key: CHANGED_KEY, at: Date.now() };
              await network.mutate({ type: 'put', trans, values: [changed] });
            }
            const rows = rowsOf(req);
            for (const listener of listeners) listener(rows);
            return result;
          },
        } satisfies DBCoreTable;
      },
    };
  },
};
