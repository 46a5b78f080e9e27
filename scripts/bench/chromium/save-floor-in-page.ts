// Bundled by esbuild and evaluated inside the built extension's options page after an import
// (scripts/bench/chromium-import.bench.ts, BENCH_IMPORT_FLOOR=1): the floor under the import's save. Every row the
// save wrote is read back and put, with IndexedDB alone (no Dexie, no middleware), into an empty copy of the schema
// in ONE relaxed transaction: what IndexedDB itself costs for those rows, beside the save's own steps.

/** The tables an import's save writes: its rows, and the rows the middlewares keep beside them. */
const SAVED_TABLES = ['contacts', 'threads', 'summaries', 'openFollowUps', 'queueCards'] as const;

const done = (request: IDBRequest | IDBOpenDBRequest) =>
  new Promise<void>((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

function open(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  const request = indexedDB.open(name, version);
  if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
  return done(request).then(() => request.result);
}

/** The tables' stores as the source has them: key path, key generator and every index, empty. */
function copySchema(source: IDBDatabase, target: IDBDatabase) {
  const tx = source.transaction([...SAVED_TABLES], 'readonly');
  for (const name of SAVED_TABLES) {
    const store = tx.objectStore(name);
    const copy = target.createObjectStore(name, {
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
    });
    for (const indexName of store.indexNames) {
      const index = store.index(indexName);
      copy.createIndex(indexName, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    }
  }
}

export interface SaveFloor {
  rows: Record<string, number>;
  /**
   * Per table, ms from the previous table's last put answered (the first: from the transaction's start) to its own
   * last put answered: each table's share of the one transaction, its rows' cloning included.
   */
  ms: Record<string, number>;
  /** The whole transaction, start to complete. */
  totalMs: number;
}

export async function measure(sourceName: string): Promise<SaveFloor> {
  const source = await open(sourceName);
  const read = source.transaction([...SAVED_TABLES], 'readonly');
  const rows: Record<string, unknown[]> = {};
  await Promise.all(
    SAVED_TABLES.map((name) => {
      const request = read.objectStore(name).getAll();
      return done(request).then(() => {
        rows[name] = request.result;
      });
    }),
  );
  const floorName = `save-floor-${Date.now()}`;
  const target = await open(floorName, 1, (db) => copySchema(source, db));
  source.close();
  const answered: Record<string, number> = {};
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = target.transaction([...SAVED_TABLES], 'readwrite', { durability: 'relaxed' });
    for (const name of SAVED_TABLES) {
      const store = tx.objectStore(name);
      const tableRows = rows[name]!;
      tableRows.forEach((row, i) => {
        const request = store.put(row);
        if (i === tableRows.length - 1)
          request.onsuccess = () => {
            answered[name] = performance.now();
          };
      });
    }
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  const totalMs = performance.now() - start;
  target.close();
  await done(indexedDB.deleteDatabase(floorName));
  const ms: Record<string, number> = {};
  let before = start;
  for (const name of SAVED_TABLES) {
    const at = answered[name] ?? before;
    ms[name] = at - before;
    before = at;
  }
  return {
    rows: Object.fromEntries(SAVED_TABLES.map((name) => [name, rows[name]!.length])),
    ms,
    totalMs,
  };
}
