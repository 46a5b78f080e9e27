// The queue's reads with the browser's own IndexedDB API instead of Dexie: the side panel's first script then needs
// no Dexie (issue 13 item 6), and each read is one request with no promise or zone of Dexie's around it.

/** Rows whose key (an index's, or the primary key without `index`) lies in [from, to]. */
export interface KeyRange {
  index?: string;
  from: IDBValidKey;
  to: IDBValidKey;
}

/** A walk along a range: newest first if `reverse`, the rows `keep` accepts, at most `limit` of them. */
export interface Walk<T> {
  reverse?: boolean;
  keep?: (row: T) => boolean;
  limit?: number;
}

/** The rows whose key starts with `prefix` (strings sort by UTF-16 code unit; U+FFFF is the last). */
export const startingWith = (prefix: string, index?: string): KeyRange => ({
  index,
  from: prefix,
  to: `${prefix}\uffff`,
});

/** A request's result as a native promise (the browser's own API; also the bench's in-page probes). */
export const answer = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/**
 * One read-only transaction over some stores: every read a request or a few, answered as native promises (the
 * transaction stays active while their callbacks run, so a read may follow another's answer).
 */
export class ReadTransaction {
  private readonly transaction: IDBTransaction;

  constructor(db: IDBDatabase, stores: readonly string[]) {
    this.transaction = db.transaction([...stores], 'readonly');
  }

  private source(store: string, index?: string): IDBObjectStore | IDBIndex {
    const objectStore = this.transaction.objectStore(store);
    return index === undefined ? objectStore : objectStore.index(index);
  }

  /** The range's bounds as IndexedDB takes them; undefined for an empty range (from after to), which Dexie allowed. */
  private bounds({ from, to }: KeyRange) {
    return indexedDB.cmp(from, to) > 0 ? undefined : IDBKeyRange.bound(from, to);
  }

  /** The rows of a store, or of a range of it, in key order; at most `count`. */
  async all<T>(store: string, range?: KeyRange, count?: number): Promise<T[]> {
    const bounds = range && this.bounds(range);
    if (range && !bounds) return [];
    return (await answer(this.source(store, range?.index).getAll(bounds, count))) as T[];
  }

  /** The primary keys of the rows in a range, without reading the rows. */
  async primaryKeys(store: string, range: KeyRange): Promise<IDBValidKey[]> {
    const bounds = this.bounds(range);
    if (!bounds) return [];
    return answer(this.source(store, range.index).getAllKeys(bounds));
  }

  /** The rows with these primary keys, in their order; undefined where none is stored. */
  get<T>(store: string, keys: readonly IDBValidKey[]): Promise<(T | undefined)[]> {
    const objectStore = this.transaction.objectStore(store);
    return Promise.all(keys.map((key) => answer(objectStore.get(key)) as Promise<T | undefined>));
  }

  /** The rows whose index key is one of `keys`: a read for each key, in the keys' order. */
  async anyOf<T>(store: string, index: string, keys: readonly IDBValidKey[]): Promise<T[]> {
    const source = this.source(store, index);
    const found = await Promise.all(keys.map((key) => answer(source.getAll(key)) as Promise<T[]>));
    return found.flat();
  }

  /**
   * The rows of a range a walk picks. In one request where it can (forward, and no filter before a limit); a cursor
   * where the limit counts only the rows kept, or the order is reversed, so it stops once it has enough.
   */
  async walk<T>(store: string, range: KeyRange, { reverse, keep, limit }: Walk<T> = {}): Promise<T[]> {
    if (!reverse && !(keep && limit !== undefined)) {
      const rows = await this.all<T>(store, range, keep ? undefined : limit);
      return keep ? rows.filter(keep) : rows;
    }
    const bounds = this.bounds(range);
    if (!bounds || limit === 0) return [];
    const cursor = this.source(store, range.index).openCursor(bounds, reverse ? 'prev' : 'next');
    return new Promise((resolve, reject) => {
      const rows: T[] = [];
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return resolve(rows);
        const row = at.value as T;
        if (!keep || keep(row)) rows.push(row);
        if (limit !== undefined && rows.length >= limit) return resolve(rows);
        at.continue();
      };
    });
  }
}
