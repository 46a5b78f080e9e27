import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { cardsIn, chunkOf } from '../../../lib/db/queue-cards-middleware';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { summaryOf } from '../../../lib/engine/contact-summary';
import { V9_FIXTURE } from '../../fixtures/db/v9';
import { queueRowsPart } from '../../support/queue-rows';
import { storedHistory } from '../../support/stored-history';

const NAME = 'rapport-migration-v13-test';
afterEach(() => Dexie.delete(NAME));

async function openedAt(version: number) {
  const db = openDatabase(
    NAME,
    SCHEMA_VERSIONS.filter((v) => v.version <= version),
  );
  await db.open();
  return db;
}

const allCards = async (db: ReturnType<typeof openDatabase>) =>
  Object.fromEntries((await queueRowsPart(db, 'queueCards').toArray()).flatMap((row) => cardsIn(row)));

describe('schema versions 11 and 13 (queue cards, without summaries since 13)', () => {
  it('makes a card for each person on a cadence or with a tag, and keeps every row', async () => {
    const older = await openedAt(9);
    for (const [table, rows] of Object.entries(V9_FIXTURE)) await older.table(table).bulkPut(rows);
    older.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(13);
    expect(await db.contacts.count()).toBe(V9_FIXTURE.contacts.length);
    // Imported history is one thread per person since v16.
    expect(await storedHistory(db)).toHaveLength(V9_FIXTURE.interactions.length);
    const cards = await allCards(db);
    // Cleo (cadence, tag "mentor"), Ravi (cadence) and Dana (an old export's connection, tagged).
    expect(Object.keys(cards).sort()).toEqual([
      'cleo-fixture',
      'ravi-fixture',
      'unlinked/dana fixture/2019-02-14',
    ]);
    expect(cards['cleo-fixture']).toMatchObject({ cadenceDays: 30, tags: ['mentor'] });
    expect(cards['unlinked/dana fixture/2019-02-14']).toMatchObject({ tags: ['alumni'] });
    db.close();
  });

  it('takes the summaries out of the cards a version 11 database holds', async () => {
    const v11 = await openedAt(11);
    for (const [table, rows] of Object.entries(V9_FIXTURE)) await v11.table(table).bulkPut(rows);
    // The cards as version 11 first shipped them: the slim contact beside the person's summary.
    const made = await allCards(v11);
    const rows = new Map<number, { chunk: number; cards: Record<string, unknown> }>();
    for (const [id, contact] of Object.entries(made)) {
      const chunk = chunkOf(id);
      const row = rows.get(chunk) ?? { chunk, cards: {} };
      const history = (await v11.interactions.toArray()).filter((row) => row.contactId === id);
      row.cards[id] = { contact, summary: summaryOf(id, history) };
      rows.set(chunk, row);
    }
    await queueRowsPart(v11, 'queueCards').clear();
    await queueRowsPart(v11, 'queueCards').bulkPut([...rows.values()] as never[]);
    v11.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(await allCards(db)).toEqual(made);
    expect(JSON.stringify(await queueRowsPart(db, 'queueCards').toArray())).not.toContain('latest');
    db.close();
  });
});
