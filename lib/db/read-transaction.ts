// The queue's reads with the browser's own IndexedDB API instead of Dexie: the side panel's first script then needs
// no Dexie (issue 13 item 6), and each read is one request with no promise or zone of Dexie's around it.

/** Rows whose key (an index's, or the primary key without `index`) lies in [from, to]. */
export interface KeyRange {
  index?: string;
  from: IDBValidKey;
  to: IDBValidKey;
}

/**
 * Whether getAll takes its options as a dictionary, with a direction (Chromium 141 on, with getAllRecords; fake-
 * indexeddb too): a walk newest first is then one request. Firefox walks by cursor.
 */
const getAllTakesDirection = typeof IDBIndex !== 'undefined' && 'getAllRecords' in IDBIndex.prototype;

/** getAll with its options as a dictionary, which TypeScript's DOM types do not declare yet. */
type GetAllWithOptions = (options: {
  query: IDBKeyRange;
  count?: number;
  direction: IDBCursorDirection;
}) => IDBRequest<unknown[]>;

/** Rows a walk with a filter reads in its first batch, per row it must keep. */
const BATCH_PER_KEPT = 4;

/** Which rows a walk keeps. */
export type Keep<T> = (row: T) => boolean;

/**
 * A walk along a range: newest first if `reverse`, the rows `keep` accepts, at most `limit` of them. `keep` may be
 * known only once another read answers (the weak ties' states): the walk's first request is asked for at once all
 * the same, instead of a round trip after that read, and filtered when both have answered.
 */
export interface Walk<T> {
  reverse?: boolean;
  keep?: Keep<T> | Promise<Keep<T>>;
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
   * The rows of a range a walk picks. In one request where it can: forward with no filter before a limit; otherwise
   * (newest first, or a limit counted after the filter) a first batch of a few times the limit in the walk's
   * direction, which nearly always holds enough, and a cursor from the start only when it does not. A cursor step
   * is a round trip each: the weak-tie rule's walk of 5 kept rows was 6 steps after every other read of the queue.
   */
  async walk<T>(store: string, range: KeyRange, walk: Walk<T> = {}): Promise<T[]> {
    const { reverse, limit } = walk;
    if (!reverse && !(walk.keep && limit !== undefined)) {
      const [rows, keep] = await Promise.all([
        this.all<T>(store, range, walk.keep ? undefined : limit),
        walk.keep,
      ]);
      return keep ? rows.filter(keep) : rows;
    }
    const bounds = this.bounds(range);
    if (!bounds || limit === 0) return [];
    if (!getAllTakesDirection)
      return this.cursorWalk(store, range.index, bounds, { ...walk, keep: await walk.keep });
    const count = limit === undefined ? undefined : walk.keep ? limit * BATCH_PER_KEPT : limit;
    const source = this.source(store, range.index);
    const getAll = source.getAll as unknown as GetAllWithOptions;
    const [batch, keep] = await Promise.all([
      answer(getAll.call(source, { query: bounds, count, direction: reverse ? 'prev' : 'next' })) as Promise<
        T[]
      >,
      walk.keep,
    ]);
    const kept = keep ? batch.filter(keep) : batch;
    if (limit === undefined || kept.length >= limit) return kept.slice(0, limit);
    // The range ran out within the batch: all there is.
    if (count === undefined || batch.length < count) return kept;
    return this.cursorWalk(store, range.index, bounds, { reverse, keep, limit });
  }

  /** A walk by cursor, row by row, so it stops once it has kept enough. */
  private cursorWalk<T>(
    store: string,
    index: string | undefined,
    bounds: IDBKeyRange,
    { reverse, keep, limit }: { reverse?: boolean; keep?: Keep<T>; limit?: number },
  ): Promise<T[]> {
    const cursor = this.source(store, index).openCursor(bounds, reverse ? 'prev' : 'next');
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
