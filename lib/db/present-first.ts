/**
 * From this many keys asked for, the table's keys are read first (one request) and only the rows stored are asked
 * for. Chromium's IndexedDB costs about 0.1 ms per key asked for, found or not (measured in the import's commit:
 * 7,500 contacts not stored took 0.77 s to look up, their 7,500 summaries 1.4 s), while one request for every key
 * of a table of 30,000 costs a few tens of milliseconds. An import of new people asks for thousands of rows that
 * are not there; a write of a few rows keeps the plain lookup.
 */
export const PRESENT_FIRST_FROM = 500;

/**
 * The rows of `keys` (undefined where none is stored), in their order: looked up directly, or, for many keys,
 * only those among the table's keys (`allKeys`). Not an async function: it hands back the database's own promises
 * chained, which Dexie keeps its transaction zone across (a caller's next request would start outside it after
 * awaiting an async function's native promise).
 */
export function getPresent<T>(
  keys: readonly string[],
  allKeys: () => PromiseLike<readonly unknown[]>,
  getMany: (keys: string[]) => PromiseLike<readonly (T | undefined)[]>,
): PromiseLike<(T | undefined)[]> {
  if (keys.length < PRESENT_FIRST_FROM) return getMany([...keys]).then((rows) => [...rows]);
  return allKeys().then((stored) => {
    const present = new Set(stored);
    const found = keys.filter((key) => present.has(key));
    const all = (rows: readonly (T | undefined)[]) => {
      const byKey = new Map(found.map((key, i) => [key, rows[i]]));
      return keys.map((key) => byKey.get(key));
    };
    return found.length ? getMany(found).then(all) : all([]);
  });
}
