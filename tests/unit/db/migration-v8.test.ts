import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { V2_FIXTURE } from '../../fixtures/db/v2';

const NAME = 'rapport-migration-v8-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema version 8 (messages of theirs read from conversations)', () => {
  it('upgrades a filled database of the version before, keeping every row and adding an empty heard table', async () => {
    const before = SCHEMA_VERSIONS.filter((v) => v.version < 8);
    const older = openDatabase(NAME, before);
    await older.open();
    for (const [table, rows] of Object.entries(V2_FIXTURE)) await older.table(table).bulkPut(rows);
    const counts = Object.fromEntries(
      await Promise.all(Object.keys(V2_FIXTURE).map(async (t) => [t, await older.table(t).count()] as const)),
    );
    older.close();

    const db = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 8),
    );
    await db.open();
    expect(db.verno).toBe(8);
    for (const [table, count] of Object.entries(counts)) expect(await db.table(table).count()).toBe(count);
    expect(await db.interactions.toArray()).toEqual(V2_FIXTURE.interactions);
    expect(await db.heard.count()).toBe(0);
    await db.heard.put({
      id: 'heard:x:1',
      contactId: V2_FIXTURE.contacts[0]!.id,
      at: 5,
      intent: 'thanks',
      questions: 0,
      mood: null,
      excerpt: '',
      recorded: [],
      removed: false,
    });
    expect(
      await db.heard
        .where('[contactId+at]')
        .between([V2_FIXTURE.contacts[0]!.id, 0], [V2_FIXTURE.contacts[0]!.id, 10])
        .count(),
    ).toBe(1);
    db.close();
  });
});
