// Bundled by esbuild and evaluated inside the built extension's options page after an import
// (scripts/bench/chromium-import.bench.ts, BENCH_IMPORT_FLOOR=1): the floor under the import's save. Every row the
// save wrote is read back and put, with IndexedDB alone (no Dexie, no middleware), into an empty copy of the schema
// in ONE relaxed transaction: what IndexedDB itself costs for those rows, beside the save's own steps.

import { answer } from '../../../lib/db/read-transaction';

/** The tables an import's save writes: its rows, and the rows the middlewares keep beside them. */
const SAVED_TABLES = ['contacts', 'threadBuckets', 'summaryBuckets', 'queueRows'] as const;

function open(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  const request = indexedDB.open(name, version);
  if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
  return answer(request);
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
   * Per table, ms from its first put to its last put answered. The tables are put one after the other in the one
   * transaction (the next one's puts issued from the last answer of the one before), so each time is that table's
   * alone: its rows cloned (issuing the puts) and written.
   */
  ms: Record<string, number>;
  /** Of `ms`, the part spent issuing the puts (cloning each row on the page's thread). */
  issueMs: Record<string, number>;
  /** The whole transaction, start to complete. */
  totalMs: number;
}

export async function measure(sourceName: string): Promise<SaveFloor> {
  const source = await open(sourceName);
  const read = source.transaction([...SAVED_TABLES], 'readonly');
  const rows: Record<string, unknown[]> = {};
  await Promise.all(
    SAVED_TABLES.map(async (name) => {
      rows[name] = await answer(read.objectStore(name).getAll());
    }),
  );
  const floorName = `save-floor-${Date.now()}`;
  const target = await open(floorName, 1, (db) => copySchema(source, db));
  source.close();
  const ms: Record<string, number> = {};
  const issueMs: Record<string, number> = {};
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = target.transaction([...SAVED_TABLES], 'readwrite', { durability: 'relaxed' });
    const putTable = (index: number) => {
      const name = SAVED_TABLES[index];
      if (!name) return;
      const store = tx.objectStore(name);
      const tableRows = rows[name]!;
      const from = performance.now();
      let last: IDBRequest | undefined;
      for (const row of tableRows) last = store.put(row);
      issueMs[name] = performance.now() - from;
      const next = () => {
        ms[name] = performance.now() - from;
        putTable(index + 1);
      };
      if (last) last.onsuccess = next;
      else next();
    };
    putTable(0);
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  const totalMs = performance.now() - start;
  target.close();
  await answer(indexedDB.deleteDatabase(floorName));
  return {
    rows: Object.fromEntries(SAVED_TABLES.map((name) => [name, rows[name]!.length])),
    ms,
    issueMs,
    totalMs,
  };
}
