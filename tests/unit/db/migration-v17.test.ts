import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { loadQueue } from '../../../lib/db/queries/load-queue';
import { cardChunksOf, chunkOf } from '../../../lib/db/queue-cards-middleware';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { Contact } from '../../../lib/schema/contact';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { V16_FIXTURE } from '../../fixtures/db/v16';

const NAME = 'rapport-migration-v17-test';
const FRESH = 'rapport-migration-v17-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

/** The fixture's rows in a database of these versions, written as the extension writes them. */
async function filled(name: string, versions = SCHEMA_VERSIONS) {
  const db = openDatabase(name, versions);
  await db.open();
  for (const [table, rows] of Object.entries(V16_FIXTURE)) await db.table(table).bulkPut(rows);
  return db;
}

describe('schema version 17 (queue cards in columns)', () => {
  it('makes the cards of a version 16 database again, in columns, and its queue is the same', async () => {
    const v16 = await filled(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 16),
    );
    // The cards as version 16 kept them: an object per person, by id.
    const rows = new Map<number, { chunk: number; cards: Record<string, unknown> }>();
    for (const contact of (await v16.contacts.toArray()).filter((c) => c.cadenceDays || c.tags.length)) {
      const chunk = chunkOf(contact.id);
      const row = rows.get(chunk) ?? { chunk, cards: {} };
      const { tags, cadenceDays, lastInteractionAt, firstSeenAt } = contact;
      row.cards[contact.id] = { tags, cadenceDays, lastInteractionAt, firstSeenAt };
      rows.set(chunk, row);
    }
    expect(rows.size).toBeGreaterThan(0);
    await v16.queueCards.clear();
    await v16.queueCards.bulkPut([...rows.values()] as never[]);
    v16.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(17);
    const cards = await db.queueCards.toArray();
    expect(cards).toEqual(cardChunksOf((await db.contacts.toArray()) as Contact[]));
    expect(cards.every((row) => row.lastInteractionAt instanceof Float64Array)).toBe(true);
    expect(JSON.stringify(cards)).not.toContain('"cards"');

    // The queue of the upgraded database is the one a database filled at version 17 gives.
    const fresh = await filled(FRESH);
    const context = { settings: DEFAULT_SETTINGS, now: 20 * 86_400_000, timeZone: 'UTC' };
    const upgraded = await loadQueue(db, context);
    expect(upgraded.length).toBeGreaterThan(0);
    expect(upgraded).toEqual(await loadQueue(fresh, context));
    db.close();
    fresh.close();
  });
});
