import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { V9_FIXTURE } from '../../fixtures/db/v9';

const NAME = 'rapport-migration-v11-test';
afterEach(() => Dexie.delete(NAME));

describe('schema version 11 (queue cards)', () => {
  it('makes a card for each person on a cadence or with a tag, with their summary, and keeps every row', async () => {
    const older = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 9),
    );
    await older.open();
    for (const [table, rows] of Object.entries(V9_FIXTURE)) await older.table(table).bulkPut(rows);
    older.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(11);
    expect(await db.contacts.count()).toBe(V9_FIXTURE.contacts.length);
    expect(await db.interactions.count()).toBe(V9_FIXTURE.interactions.length);
    const cards = Object.assign({}, ...(await db.queueCards.toArray()).map((row) => row.cards));
    // Cleo (cadence, tag "mentor"), Ravi (cadence) and Dana (an old export's connection, tagged).
    expect(Object.keys(cards).sort()).toEqual([
      'cleo-fixture',
      'ravi-fixture',
      'unlinked/dana fixture/2019-02-14',
    ]);
    expect(cards['ravi-fixture'].summary.latest.meeting.id).toBe('i2');
    expect(cards['cleo-fixture']).toMatchObject({
      contact: {
        name: 'Cleo Fixture',
        cadenceDays: 30,
        tags: ['mentor'],
        notes: 'Met at the harbour meetup',
      },
      summary: { contactId: 'cleo-fixture', latest: { meeting: { id: 'i1' } } },
    });
    expect(cards['unlinked/dana fixture/2019-02-14'].contact).toMatchObject({
      profileUrl: '',
      tags: ['alumni'],
    });
    db.close();
  });
});
