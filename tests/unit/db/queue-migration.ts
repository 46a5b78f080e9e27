// Shared by the migration tests of the queue's derived rows (v15, v17, v19): each fills a database of an earlier version
// from a fixture, puts its queue cards back the way that version kept them, upgrades, and compares the queue with
// one of a database filled at today's version.
import { expect } from 'vitest';
import { backendOf, openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { entriesOf, type ImportedThread } from '../../../lib/db/imported-threads';
import { loadQueue } from '../../../lib/db/queries/load-queue';
import { chunkOf } from '../../../lib/db/queue-cards-middleware';
import { SUMMARY_STORE } from '../../../lib/db/summary-store';
import { putThreads } from '../../../lib/db/thread-store';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { openFollowUpOf, summaryOf } from '../../../lib/engine/contact-summary';
import type { Contact } from '../../../lib/schema/contact';
import type { Interaction } from '../../../lib/schema/interaction';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { queueRowsPart } from '../../support/queue-rows';

/**
 * A database of these versions holding the fixture's rows, written as the extension writes them; before v19, with
 * the summaries as that version kept them (`keepSummariesAsRows`).
 */
export async function filledDatabase(
  name: string,
  fixture: Record<string, readonly unknown[]>,
  versions = SCHEMA_VERSIONS,
): Promise<RapportDatabase> {
  const db = openDatabase(name, versions);
  await db.open();
  for (const [table, rows] of Object.entries(fixture)) {
    // A fixture's threads of one row per person (v16–v19) go into today's buckets (v20) where the schema has them.
    if (table === 'threads' && !has(db, table)) await putThreads(db, rows as ImportedThread[]);
    else await db.table(table).bulkPut([...rows]);
  }
  if (!has(db, SUMMARY_STORE)) await keepSummariesAsRows(db);
  return db;
}

const has = (db: RapportDatabase, table: string) => db.tables.some((t) => t.name === table);

/**
 * Puts the summaries of an older database (v5 to v18) as those versions kept them: a row per person, and from
 * v15 a row per person with a follow-up open. Today's middleware keeps them only in today's rows (v19), so an
 * older database filled by today's code has none until this makes them from its whole history.
 */
export async function keepSummariesAsRows(db: RapportDatabase): Promise<void> {
  // The threads as those versions stored them (v16 on), one row per person.
  const history = [
    ...(await db.table('interactions').toArray()),
    ...(has(db, 'threads')
      ? ((await db.table('threads').toArray()) as ImportedThread[]).flatMap((thread) => entriesOf(thread))
      : []),
  ] as Interaction[];
  const byContact = Map.groupBy(history, (row) => row.contactId);
  const summaries = [...byContact].flatMap(([contactId, rows]) => summaryOf(contactId, rows) ?? []);
  await db.table('summaries').bulkPut(summaries);
  if (has(db, 'openFollowUps')) {
    await db.table('openFollowUps').bulkPut(summaries.flatMap((summary) => openFollowUpOf(summary) ?? []));
  }
}

/** Replaces the database's queue cards with rows of an object per carded person, by id, as versions before 17 kept them. */
export async function keepCardsAsObjects(
  db: RapportDatabase,
  cardOf: (contact: Contact) => object,
): Promise<void> {
  const rows = new Map<number, { chunk: number; cards: Record<string, object> }>();
  for (const contact of (await db.contacts.toArray()).filter((c) => c.cadenceDays || c.tags.length)) {
    const chunk = chunkOf(contact.id);
    const row = rows.get(chunk) ?? { chunk, cards: {} };
    row.cards[contact.id] = cardOf(contact as Contact);
    rows.set(chunk, row);
  }
  expect(rows.size).toBeGreaterThan(0);
  await queueRowsPart(db, 'queueCards').clear();
  await queueRowsPart(db, 'queueCards').bulkPut([...rows.values()] as never[]);
}

/** The upgraded database's queue is not empty and is the one the freshly filled database gives. */
export async function expectSameQueue(upgraded: RapportDatabase, fresh: RapportDatabase): Promise<void> {
  const context = { settings: DEFAULT_SETTINGS, now: 20 * 86_400_000, timeZone: 'UTC' };
  const queue = await loadQueue(await backendOf(upgraded), context);
  expect(queue.length).toBeGreaterThan(0);
  expect(queue).toEqual(await loadQueue(await backendOf(fresh), context));
}
