// The shapes of history the queue is measured on, for fake-indexeddb in Node and for Chromium alike:
// - seed: the project's seed, every history row more than 60 days back (nothing recent but the due events);
// - even: three years of history spread evenly (2.7 % of rows in the last 30 days), the seed's kinds;
// - heavy: a few heavy contacts and many light ones (a fifth of the rows on 50 people), three years, with
//   meetings, help and thanks among them, so recent rows open and close follow-ups as real use does.
import type { RapportDatabase } from '../../lib/db/database';
import { partRange, QUEUE_ROWS, storedRow } from '../../lib/db/queue-rows';
import { OPEN_STORE, SUMMARY_STORE, storedRowsOf, summariesIn } from '../../lib/db/summary-store';
import { type ContactSummary, foldInteraction } from '../../lib/engine/contact-summary';
import type { Interaction, InteractionKind } from '../../lib/schema/interaction';
import { historyRow, recentRows, seedPeople } from './queue-seed';

export const SHAPES = ['seed', 'even', 'heavy'] as const;
export type Shape = (typeof SHAPES)[number];

const DAY = 86_400_000;
const SPAN = 3 * 365 * DAY;
const CHUNK = 50_000;
const EVEN_KINDS: InteractionKind[] = [
  'visit',
  'message-sent',
  'message-received',
  'call',
  'commented',
  'note',
];
const HEAVY_KINDS: InteractionKind[] = [
  ...EVEN_KINDS,
  'message-sent',
  'message-received',
  'met',
  'helped',
  'thanked',
  'shared',
];
const HEAVY_PEOPLE = 50;

/** A deterministic fraction in [0, 1) of n (a hash, so rows interleave in time and person). */
const fraction = (n: number, salt: number) => (((n + salt) * 2_654_435_761) % 4_294_967_296) / 4_294_967_296;

function spreadRow(shape: 'even' | 'heavy', n: number, contacts: number, now: number): Interaction {
  const kinds = shape === 'even' ? EVEN_KINDS : HEAVY_KINDS;
  const heavy = shape === 'heavy' && fraction(n, 7) < 0.2;
  const person = heavy ? n % HEAVY_PEOPLE : Math.floor(fraction(n, 13) * contacts);
  const kind = kinds[n % kinds.length]!;
  return {
    id: `${shape}-${n}`,
    contactId: `person-${person}`,
    at: now - 1000 - Math.floor(fraction(n, 29) * SPAN),
    kind,
    actor: kind === 'thanked' || kind === 'message-sent' || kind === 'note' ? 'me' : n % 2 ? 'me' : 'them',
    exchange: 'none',
    context: kind === 'met' || kind === 'shared' || kind === 'note' ? 'Invented topic' : '',
    excerpt: '',
    source: 'import',
  };
}

/** The history row n of a shape. */
export const shapeRow = (shape: Shape, n: number, contacts: number, now: number): Interaction =>
  shape === 'seed' ? historyRow(n, contacts, now) : spreadRow(shape, n, contacts, now);

/**
 * The summaries made so far, per database, so the next batch folds into them without reading them back (a bench
 * seeds 50,000 rows, measures, then adds the next 450,000).
 */
const summariesOf = new WeakMap<RapportDatabase, Map<string, ContactSummary>>();

async function summariesSoFar(db: RapportDatabase) {
  let summaries = summariesOf.get(db);
  if (!summaries) {
    const stored = summariesIn(await db.summaryBuckets.toArray());
    summaries = new Map(stored.map((summary) => [summary.contactId, summary]));
    summariesOf.set(db, summaries);
  }
  return summaries;
}

/** The idle transaction's end as a promise. */
const completed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('seed aborted'));
  });

/**
 * Writes history rows as they are stored straight into IndexedDB, in one transaction per batch, and folds them
 * into the summaries kept in memory: what the middleware does per batch (read each person's summary, fold, write
 * it back) took 17 minutes for 500,000 rows in Chromium. `putSummaryRows` then writes the rows the middleware
 * would keep: same summaries, same open follow-ups (tests/unit/bench/queue-shapes).
 */
async function putHistoryRaw(db: RapportDatabase, rows: readonly Interaction[]) {
  const summaries = await summariesSoFar(db);
  for (const row of rows) {
    const summary = summaries.get(row.contactId) ?? { contactId: row.contactId, latest: {} };
    if (foldInteraction(summary, row)) summaries.set(row.contactId, summary);
  }
  const tx = db.backendDB().transaction(['interactions'], 'readwrite', { durability: 'relaxed' });
  const interactions = tx.objectStore('interactions');
  for (const row of rows) interactions.put(row);
  await completed(tx);
}

/**
 * The summary and open-follow-up rows of every summary folded so far, in place of those stored, the open ones with
 * their people's name and page (v26), as the middleware keeps them.
 */
async function putSummaryRows(db: RapportDatabase) {
  const summaries = [...(await summariesSoFar(db)).values()];
  const open = summaries.flatMap((summary) => (summary.openSince === undefined ? [] : [summary.contactId]));
  const contacts = new Map(
    (await db.contacts.bulkGet(open)).flatMap((contact) => (contact ? [[contact.id, contact] as const] : [])),
  );
  const { buckets, weeks } = storedRowsOf(summaries, (id) => contacts.get(id));
  const tx = db.backendDB().transaction([SUMMARY_STORE, QUEUE_ROWS], 'readwrite', { durability: 'relaxed' });
  const bucketStore = tx.objectStore(SUMMARY_STORE);
  const queueRows = tx.objectStore(QUEUE_ROWS);
  const { lower, upper } = partRange(OPEN_STORE);
  bucketStore.clear();
  queueRows.delete(IDBKeyRange.bound(lower, upper));
  for (const row of buckets) bucketStore.put(row);
  for (const row of weeks) queueRows.put(storedRow(OPEN_STORE, row));
  await completed(tx);
}

/** People (once, with `from` = 0) and the history rows [from, to) of a shape. */
export async function seedShape(
  db: RapportDatabase,
  shape: Shape,
  contacts: number,
  from: number,
  to: number,
  now: number,
) {
  if (!db.isOpen()) await db.open();
  if (from === 0) {
    await seedPeople(db, contacts, now);
    await putHistoryRaw(db, recentRows(now));
  }
  for (let start = from; start < to; start += CHUNK) {
    const end = Math.min(CHUNK, to - start);
    await putHistoryRaw(
      db,
      Array.from({ length: end }, (_, k) => shapeRow(shape, start + k, contacts, now)),
    );
  }
  await putSummaryRows(db);
}
