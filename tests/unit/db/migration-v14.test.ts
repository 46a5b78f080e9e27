import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { cardChunksOf, cardsIn, chunkOf } from '../../../lib/db/queue-cards-middleware';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { Contact } from '../../../lib/schema/contact';
import { V9_FIXTURE } from '../../fixtures/db/v9';
import { queueRowsPart } from '../../support/queue-rows';

const NAME = 'rapport-migration-v14-test';
afterEach(() => Dexie.delete(NAME));

describe('schema version 14 (queue cards with only what finding a cadence needs)', () => {
  it('takes the page, role, notes and career out of the cards a version 13 database holds', async () => {
    const v13 = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 13),
    );
    await v13.open();
    for (const [table, rows] of Object.entries(V9_FIXTURE)) await v13.table(table).bulkPut(rows);
    // The cards as version 13 kept them: the slim contact (the notes' last line, the latest role change).
    const carded = (await v13.contacts.toArray()).filter((c) => c.cadenceDays || c.tags.length);
    expect(carded.length).toBeGreaterThanOrEqual(3);
    const rows = new Map<number, { chunk: number; cards: Record<string, unknown> }>();
    for (const contact of carded) {
      const chunk = chunkOf(contact.id);
      const row = rows.get(chunk) ?? { chunk, cards: {} };
      const { id, name, profileUrl, title, company, howWeMet, notes, tags, cadenceDays } = contact;
      const { lastInteractionAt, firstSeenAt, roleChangedAt } = contact;
      row.cards[id] = {
        ...{ id, name, profileUrl, title, company, howWeMet, notes, tags, cadenceDays },
        ...{ lastInteractionAt, firstSeenAt, roleChangedAt, history: [] },
      };
      rows.set(chunk, row);
    }
    await queueRowsPart(v13, 'queueCards').clear();
    await queueRowsPart(v13, 'queueCards').bulkPut([...rows.values()] as never[]);
    v13.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(14);
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(V9_FIXTURE.contacts.length);
    const cards = await queueRowsPart(db, 'queueCards').toArray();
    expect(cards).toEqual(cardChunksOf(contacts as Contact[]));
    expect(JSON.stringify(cards)).not.toMatch(/profileUrl|notes|history|title/);
    const cleo = Object.fromEntries(cards.flatMap((row) => cardsIn(row)))['cleo-fixture'];
    // As cards are today (v15 took the id and name out too; v26 put the name and page back, in columns).
    const stored = contacts.find((contact) => contact.id === 'cleo-fixture')!;
    expect(cleo).toEqual({
      name: stored.name,
      profileUrl: stored.profileUrl,
      tags: ['mentor'],
      cadenceDays: 30,
      lastInteractionAt: expect.any(Number),
      firstSeenAt: expect.any(Number),
    });
    db.close();
  });
});
