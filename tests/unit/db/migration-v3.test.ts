import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { V2_FIXTURE } from '../../fixtures/db/v2';

const NAME = 'rapport-migration-v3-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema version 3 (import staging)', () => {
  it('upgrades a filled version-2 database without touching a row, with an empty staging table', async () => {
    const older = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 2),
    );
    await older.open();
    for (const [table, rows] of Object.entries(V2_FIXTURE)) await older.table(table).bulkPut(rows);
    older.close();

    const db = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 3),
    );
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.contacts.toArray()).toEqual(V2_FIXTURE.contacts);
    expect(await db.interactions.toArray()).toEqual(V2_FIXTURE.interactions);
    expect(await db.followUps.toArray()).toEqual(V2_FIXTURE.followUps);
    expect(await db.importChunks.count()).toBe(0);
    await db.importChunks.put({ importId: 'a', seq: 0, contacts: [], interactions: [] });
    expect(await db.importChunks.where('importId').equals('a').count()).toBe(1);
    db.close();
  });
});
