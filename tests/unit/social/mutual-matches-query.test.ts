import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { loadMutualMatches } from '../../../lib/db/queries/mutual-matches';
import { contact } from '../engine/factories';

let db: RapportDatabase;
beforeEach(() => {
  db = openDatabase(`mutual-matches-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('loadMutualMatches', () => {
  it('finds candidates through the search-words index and applies the answers given for that profile', async () => {
    await db.contacts.bulkPut([
      contact({ id: 'ada', name: 'Ada Lindqvist', degree: 1 }),
      contact({ id: 'sam-1', name: 'Sam Rivera', degree: 1, company: 'Acme' }),
      contact({ id: 'sam-2', name: 'Sam Rivera', degree: 1, company: 'Globex' }),
      contact({ id: 'tomas', name: 'Tomás García', degree: 1 }),
      contact({ id: 'target', name: 'Noa Levi', degree: 2 }),
    ]);
    await db.mutualChoices.put({ profileId: 'target', shownKey: 'sam rivera', contactId: 'sam-2' });
    const matches = await loadMutualMatches(db, 'target', ['Tomas Garcia', 'Sam Rivera', 'Kim Berg']);
    expect(matches.map((m) => (m.status === 'matched' ? m.contact.id : m.status))).toEqual([
      'tomas',
      'sam-2',
      'unknown',
    ]);
    // On another profile the same name is still a question.
    const elsewhere = await loadMutualMatches(db, 'someone-else', ['Sam Rivera']);
    expect(elsewhere[0]?.status).toBe('ask');
  });
});
