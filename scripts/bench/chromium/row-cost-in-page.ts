// Bundled by esbuild and evaluated inside the built extension's options page: what Chromium's IndexedDB costs per
// row the import writes, by what is asked of it, side by side in one page (scripts/bench/chromium-row-cost.bench.ts).
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { newContact } from '../../../lib/contacts/new-contact';
import { networkStaleMiddleware } from '../../../lib/db/network-stale-middleware';
import { ROWS_PER_REQUEST } from '../../../lib/db/put-in-slices';
import { queueCardsMiddleware } from '../../../lib/db/queue-cards-middleware';
import { searchWordsMiddleware } from '../../../lib/db/search-words-middleware';
import { summaryMiddleware } from '../../../lib/db/summary-middleware';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { Contact } from '../../../lib/schema/contact';
import type { Interaction } from '../../../lib/schema/interaction';

const MIDDLEWARES = {
  'network stale': networkStaleMiddleware,
  'queue cards': queueCardsMiddleware,
  'search words': searchWordsMiddleware,
  summaries: summaryMiddleware,
} satisfies Record<string, Middleware<DBCore>>;
type MiddlewareName = keyof typeof MIDDLEWARES;
/** As the import writes them. */
const BATCH = ROWS_PER_REQUEST;
const T0 = Date.parse('2020-01-01T00:00:00Z');

/** Interactions as an import makes them: seven per person, written person by person. */
function interactions(n: number, tag: string): Interaction[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `import:${tag}:${i}`,
    contactId: `https://www.linkedin.com/in/row-cost-${tag}-${Math.floor(i / 7)}`,
    at: T0 + i * 60_000,
    kind: i % 2 ? 'message-sent' : 'message-received',
    actor: i % 2 ? 'me' : 'them',
    exchange: i % 5 ? 'none' : 'ask',
    intent: i % 5 ? 'other' : 'ask',
    context: '',
    excerpt: '',
    source: 'import',
  }));
}

function contacts(n: number, tag: string): Contact[] {
  return Array.from({ length: n }, (_, i) =>
    newContact(`https://www.linkedin.com/in/row-cost-${tag}-${i}`, `Person${i} Example`, T0, {
      company: `Company ${i % 900}`,
      source: 'import',
    }),
  );
}

/** The extension's schema with only the middlewares named (none: Dexie alone). */
function dexieWith(name: string, middlewares: readonly MiddlewareName[]): Dexie {
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' });
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
  for (const middleware of middlewares) db.use(MIDDLEWARES[middleware]);
  return db;
}

async function dexieWrite(db: Dexie, table: string, rows: readonly unknown[]): Promise<number> {
  const start = performance.now();
  await db.transaction('rw', db.table(table), async () => {
    for (let i = 0; i < rows.length; i += BATCH) await db.table(table).bulkAdd(rows.slice(i, i + BATCH));
  });
  return performance.now() - start;
}

/** IndexedDB without Dexie: every row added in one transaction, with the interactions' indexes or none. */
async function rawWrite(name: string, rows: readonly Interaction[], indexed: boolean): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('interactions', { keyPath: 'id' });
      if (!indexed) return;
      store.createIndex('byPerson', ['contactId', 'at']);
      store.createIndex('byKind', ['kind', 'at']);
      store.createIndex('byEvent', 'eventId');
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const start = performance.now();
  await new Promise((resolve, reject) => {
    const tx = db.transaction('interactions', 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore('interactions');
    for (const row of rows) store.add(row);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - start;
  db.close();
  return ms;
}

/**
 * One round: `n` interactions and n/7 contacts written by each way, each into a database of its own, in ms per
 * 1,000 rows. The databases are deleted after.
 */
export async function round(n: number, round: number): Promise<Record<string, number>> {
  const tag = `r${round}`;
  const rows = interactions(n, tag);
  const people = contacts(Math.ceil(n / 7), tag);
  const perThousand = (ms: number, count: number) => (ms * 1_000) / count;
  const times: Record<string, number> = {};
  const names: string[] = [];
  const next = () => {
    const name = `row-cost-${tag}-${names.length}`;
    names.push(name);
    return name;
  };
  times['interactions: IndexedDB, 3 indexes'] = perThousand(await rawWrite(next(), rows, true), n);
  times['interactions: IndexedDB, no index'] = perThousand(await rawWrite(next(), rows, false), n);
  const variants: [string, MiddlewareName[]][] = [
    ['Dexie', []],
    ...Object.keys(MIDDLEWARES).map((m): [string, MiddlewareName[]] => [
      `Dexie + ${m}`,
      [m as MiddlewareName],
    ]),
    ['Dexie + all four middlewares (the import)', Object.keys(MIDDLEWARES) as MiddlewareName[]],
  ];
  for (const [label, middlewares] of variants) {
    const db = dexieWith(next(), middlewares);
    times[`contacts: ${label}`] = perThousand(await dexieWrite(db, 'contacts', people), people.length);
    times[`interactions: ${label}`] = perThousand(await dexieWrite(db, 'interactions', rows), n);
    db.close();
  }
  await Promise.all(names.map((name) => Dexie.delete(name)));
  return times;
}
