// Shared by the migration tests of the queue's derived rows (v15, v17): each fills a database of an earlier version
// from a fixture, puts its queue cards back the way that version kept them, upgrades, and compares the queue with
// one of a database filled at today's version.
import { expect } from 'vitest';
import { backendOf, openDatabase, type RapportDatabase } from '../../../lib/db/database';
import type { ImportedThread } from '../../../lib/db/imported-threads';
import { loadQueue } from '../../../lib/db/queries/load-queue';
import { chunkOf } from '../../../lib/db/queue-cards-middleware';
import { putThreads } from '../../../lib/db/thread-store';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { Contact } from '../../../lib/schema/contact';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';

/** A database of these versions holding the fixture's rows, written as the extension writes them. */
export async function filledDatabase(
  name: string,
  fixture: Record<string, readonly unknown[]>,
  versions = SCHEMA_VERSIONS,
): Promise<RapportDatabase> {
  const db = openDatabase(name, versions);
  await db.open();
  for (const [table, rows] of Object.entries(fixture)) {
    // A fixture's threads of one row per person (v16–v18) go into today's buckets (v19) where the schema has them.
    const stored = db.tables.some((t) => t.name === table);
    if (table === 'threads' && !stored) await putThreads(db, rows as ImportedThread[]);
    else await db.table(table).bulkPut([...rows]);
  }
  return db;
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
  await db.queueCards.clear();
  await db.queueCards.bulkPut([...rows.values()] as never[]);
}

/** The upgraded database's queue is not empty and is the one the freshly filled database gives. */
export async function expectSameQueue(upgraded: RapportDatabase, fresh: RapportDatabase): Promise<void> {
  const context = { settings: DEFAULT_SETTINGS, now: 20 * 86_400_000, timeZone: 'UTC' };
  const queue = await loadQueue(await backendOf(upgraded), context);
  expect(queue.length).toBeGreaterThan(0);
  expect(queue).toEqual(await loadQueue(await backendOf(fresh), context));
}
