import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { searchContacts } from '../../../lib/db/queries/search-contacts';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { Contact } from '../../../lib/schema/contact';
import { V17_FIXTURE } from '../../fixtures/db/v17';
import { expectSameQueue, filledDatabase } from './queue-migration';

const NAME = 'rapport-migration-v18-test';
const FRESH = 'rapport-migration-v18-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('schema version 18 (three contact indexes nobody read)', () => {
  it('drops the company, cadence and tags indexes of a version 17 database and keeps every contact as it was', async () => {
    const v17 = await filledDatabase(
      NAME,
      V17_FIXTURE,
      SCHEMA_VERSIONS.filter((v) => v.version <= 17),
    );
    // Their search words left the contacts for rows of their own at v21 (lib/db/search-word-rows.ts).
    const before = (await v17.contacts.toArray())
      .map(({ searchWords: _, ...contact }: Contact & { searchWords?: string[] }) => contact)
      .sort(byId);
    v17.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(18);
    // As the browser keeps the store, not only as Dexie declares it.
    const store = db.backendDB().transaction('contacts').objectStore('contacts');
    expect([...store.indexNames].sort()).toEqual([
      'aliases',
      'lastInteractionAt',
      'lastSeenAt',
      'name',
      'roleChangedAt',
    ]);
    expect((await db.contacts.toArray()).sort(byId)).toEqual(before);
    // What the user finds people by is still found: a company and a tag through the search words.
    expect((await searchContacts(db, 'eastwind')).map((c) => c.name)).toEqual(
      before.filter((c) => c.company === 'Eastwind').map((c) => c.name),
    );
    expect((await searchContacts(db, 'alumni')).map((c) => c.name)).toEqual(['Dana Fixture']);
    // The people on a cadence or with a tag are still in the queue (the queue cards hold them, not the indexes).
    const fresh = await filledDatabase(FRESH, V17_FIXTURE);
    await expectSameQueue(db, fresh);
    db.close();
    fresh.close();
  });
});
