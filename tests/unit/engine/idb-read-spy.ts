import type { Read } from './query-spy';

/** A read of the browser's IndexedDB API as the spy saw it: a ranged read (getAll, getAllKeys, a cursor) or a get. */
export type IdbRead = (Read & { via: 'range' }) | { table: string; via: 'get'; key: unknown };

type Source = IDBObjectStore | IDBIndex;

/**
 * Reports every read made through IndexedDB's own API (the queue reads without Dexie) to `onRead`, with the
 * store, the index (':id' for the primary key) and the range's kind as the Dexie spy (./query-spy.ts) names it:
 * 1 one key, 2 a range, 3 the whole store or index. Returns the undo.
 */
export function idbReadSpy(onRead: (read: IdbRead) => void): () => void {
  const where = (source: Source) =>
    source instanceof IDBIndex
      ? { table: source.objectStore.name, index: source.name }
      : { table: source.name, index: ':id' };
  const rangeType = (query: unknown) =>
    query === undefined || query === null ? 3 : query instanceof IDBKeyRange ? 2 : 1;
  const undo: (() => void)[] = [];
  for (const prototype of [IDBObjectStore.prototype, IDBIndex.prototype] as Source[]) {
    for (const method of ['getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'] as const) {
      const original = prototype[method] as (this: Source, ...args: unknown[]) => IDBRequest;
      prototype[method] = function (this: Source, ...args: unknown[]) {
        onRead({ ...where(this), rangeType: rangeType(args[0]), via: 'range' });
        return original.apply(this, args);
      } as never;
      undo.push(() => {
        prototype[method] = original as never;
      });
    }
    const get = prototype.get as (this: Source, key: unknown) => IDBRequest;
    prototype.get = function (this: Source, key: unknown) {
      onRead({ table: where(this).table, via: 'get', key });
      return get.call(this, key);
    } as never;
    undo.push(() => {
      prototype.get = get as never;
    });
  }
  return () => {
    for (const step of undo) step();
  };
}
