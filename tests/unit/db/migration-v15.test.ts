import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { loadQueue } from '../../../lib/db/queries/load-queue';
import { cardChunksOf, chunkOf } from '../../../lib/db/queue-cards-middleware';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { openFollowUpOf } from '../../../lib/engine/contact-summary';
import type { Contact } from '../../../lib/schema/contact';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { V14_FIXTURE } from '../../fixtures/db/v14';

const NAME = 'rapport-migration-v15-test';
const FRESH = 'rapport-migration-v15-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

/** The fixture's people and history in a database of today's schema, written as the extension writes them. */
async function filled(name: string, versions = SCHEMA_VERSIONS) {
  const db = openDatabase(name, versions);
  await db.open();
  for (const [table, rows] of Object.entries(V14_FIXTURE)) await db.table(table).bulkPut(rows);
  return db;
}

describe('schema version 15 (open-follow-up rows; queue cards without the name)', () => {
  it('makes the open-follow-up rows of a version 14 database and takes the names out of its cards', async () => {
    const v14 = await filled(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 14),
    );
    // The cards as version 14 kept them: with the person's id and name.
    const rows = new Map<number, { chunk: number; cards: Record<string, unknown> }>();
    for (const contact of (await v14.contacts.toArray()).filter((c) => c.cadenceDays || c.tags.length)) {
      const chunk = chunkOf(contact.id);
      const row = rows.get(chunk) ?? { chunk, cards: {} };
      const { id, name, tags, cadenceDays, lastInteractionAt, firstSeenAt } = contact;
      row.cards[id] = { id, name, tags, cadenceDays, lastInteractionAt, firstSeenAt };
      rows.set(chunk, row);
    }
    expect(rows.size).toBeGreaterThan(0);
    await v14.queueCards.clear();
    await v14.queueCards.bulkPut([...rows.values()] as never[]);
    const summaries = await v14.summaries.toArray();
    v14.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(15);
    const open = summaries.flatMap((summary) => openFollowUpOf(summary) ?? []);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(summaries.length);
    expect(await db.openFollowUps.toArray()).toEqual(open);
    const cards = await db.queueCards.toArray();
    expect(cards).toEqual(cardChunksOf((await db.contacts.toArray()) as Contact[]));
    expect(JSON.stringify(cards)).not.toMatch(/"name"|"id"/);

    // The queue of the upgraded database is the one a database filled at version 15 gives.
    const fresh = await filled(FRESH);
    const context = { settings: DEFAULT_SETTINGS, now: 20 * 86_400_000, timeZone: 'UTC' };
    const upgraded = await loadQueue(db, context);
    expect(upgraded.length).toBeGreaterThan(0);
    expect(upgraded).toEqual(await loadQueue(fresh, context));
    db.close();
    fresh.close();
  });
});
