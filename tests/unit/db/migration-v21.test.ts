import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { searchWordsOf } from '../../../lib/contacts/search-words';
import { openDatabase } from '../../../lib/db/database';
import { loadMutualMatches } from '../../../lib/db/queries/mutual-matches';
import { searchContacts } from '../../../lib/db/queries/search-contacts';
import { wordRowsOf } from '../../../lib/db/search-word-rows';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { Contact } from '../../../lib/schema/contact';
import { V20_FIXTURE } from '../../fixtures/db/v20';
import { contact } from '../engine/factories';
import { filledDatabase } from './queue-migration';

const NAME = 'rapport-migration-v21-test';
afterEach(() => Dexie.delete(NAME));

const byId = (list: readonly Contact[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
type Stored = Contact & { searchWords?: string[] };

describe('schema version 21 (search words in rows of their own)', () => {
  it('moves every contact’s words out of the contact into the rows, where search and mutual matches find them', async () => {
    // The fixture's people and more, each with the words version 20's middleware kept on the row.
    const more = Array.from({ length: 40 }, (_, i) =>
      contact({ id: `p-${i}`, name: `Person${i} Lindqvist`, company: i % 2 ? 'Northwind' : 'Café Ödla' }),
    );
    const people = [...(V20_FIXTURE.contacts as Contact[]), ...more].map((c) => ({
      ...c,
      searchWords: searchWordsOf(c),
    }));
    const older = await filledDatabase(
      NAME,
      { ...V20_FIXTURE, contacts: people },
      SCHEMA_VERSIONS.filter((v) => v.version <= 20),
    );
    const before = byId(
      ((await older.contacts.toArray()) as Stored[]).map(({ searchWords: _, ...rest }) => rest),
    );
    expect(((await older.contacts.toArray()) as Stored[]).every((c) => c.searchWords?.length)).toBe(true);
    older.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(21);
    const store = db.backendDB().transaction('contacts').objectStore('contacts');
    expect([...store.indexNames]).not.toContain('searchWords');
    const after = byId(await db.contacts.toArray());
    expect(after).toEqual(before);
    expect(after.some((c) => 'searchWords' in c)).toBe(false);
    expect(await db.searchWordRows.toArray()).toEqual(
      wordRowsOf(after).sort((a, b) => (a.prefix < b.prefix ? -1 : 1)),
    );
    expect((await searchContacts(db, 'lindq cafe')).map((c) => c.id).sort()).toEqual(
      more
        .filter((_, i) => i % 2 === 0)
        .map((c) => c.id)
        .sort(),
    );
    expect((await searchContacts(db, 'dana')).map((c) => c.name)).toEqual(['Dana Fixture']);
    const [match] = await loadMutualMatches(db, 'someone', ['Person3 Lindqvist']);
    expect(match).toMatchObject({ status: 'matched', contact: { id: 'p-3' } });
    db.close();
  });
});
