import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { V4_FIXTURE } from '../../fixtures/db/v4';

const NAME = 'rapport-migration-v9-test';
afterEach(() => Dexie.delete(NAME));

describe('schema version 9 (connections without a profile address)', () => {
  it('gives every contact empty aliases and refusals, keeps every row, and indexes the aliases', async () => {
    const older = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version < 9),
    );
    await older.open();
    for (const [table, rows] of Object.entries(V4_FIXTURE)) await older.table(table).bulkPut(rows);
    older.close();

    const db = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 9),
    );
    await db.open();
    expect(db.verno).toBe(9);
    const contacts = await db.contacts.toArray();
    expect(contacts).toEqual(V4_FIXTURE.contacts.map((c) => ({ ...c, aliases: [], notSameAs: [] })));
    expect(await db.interactions.toArray()).toEqual(V4_FIXTURE.interactions);
    const first = contacts[0]!;
    await db.contacts.update(first.id, { aliases: ['unlinked/someone/2019-01-01'] });
    expect(await db.contacts.where('aliases').equals('unlinked/someone/2019-01-01').primaryKeys()).toEqual([
      first.id,
    ]);
    db.close();
  });
});
