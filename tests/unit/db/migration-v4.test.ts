import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { searchContacts } from '../../../lib/db/queries/search-contacts';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { Contact } from '../../../lib/schema/contact';
import { V2_FIXTURE } from '../../fixtures/db/v2';

const NAME = 'rapport-migration-v4-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

// Version 3 changed no data table, so a version-3 database holds what the version-2 fixture holds.
async function seedVersion3() {
  const older = openDatabase(
    NAME,
    SCHEMA_VERSIONS.filter((v) => v.version <= 3),
  );
  await older.open();
  for (const [table, rows] of Object.entries(V2_FIXTURE)) await older.table(table).bulkPut(rows);
  older.close();
}

describe('schema version 4 (search words)', () => {
  it('upgrades a filled version-3 database, keeping every row and adding search words', async () => {
    await seedVersion3();
    const db = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 4),
    );
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    const contacts = (await db.contacts.toArray()) as (Contact & { searchWords?: string[] })[];
    expect(contacts.map(({ searchWords: _, ...rest }) => rest)).toEqual(V2_FIXTURE.contacts);
    expect(contacts.every((c) => (c.searchWords?.length ?? 0) > 0)).toBe(true);
    expect(await db.interactions.toArray()).toEqual(V2_FIXTURE.interactions);
    expect(await db.commitments.toArray()).toEqual(V2_FIXTURE.commitments);
    expect(await db.followUps.toArray()).toEqual(V2_FIXTURE.followUps);
    db.close();
  });

  it('finds upgraded contacts by a word inside the name', async () => {
    await seedVersion3();
    const db = openDatabase(NAME);
    const [first] = V2_FIXTURE.contacts;
    const lastWord = first!.name.split(' ').at(-1)!;
    expect((await searchContacts(db, lastWord.toLowerCase())).map((c) => c.id)).toContain(first!.id);
    db.close();
  });
});
