import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { deferUpkeep, flushUpkeep } from '../../../lib/db/deferred-upkeep';
import { searchContacts } from '../../../lib/db/queries/search-contacts';
import { prefixOf, wordRowsOf } from '../../../lib/db/search-word-rows';
import { contact } from '../engine/factories';

let db: RapportDatabase;

beforeEach(() => {
  db = openDatabase(`search-word-rows-${Math.random()}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const byPrefix = <T extends { prefix: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.prefix < b.prefix ? -1 : 1));

/** What the rows must be: made from the stored contacts as a whole. */
async function expectedRows() {
  return byPrefix(wordRowsOf(await db.contacts.toArray()));
}

const people = ['ada', 'ben', 'cleo', 'dev'];
// Few words, overlapping between people and between rows ("lin", "lind", "lindqvist"; accents folded).
const person = fc.record({
  id: fc.constantFrom(...people),
  name: fc.constantFrom('Ada Lindqvist', 'Ben Lin', 'Cléo Lind', 'Ada Moreau'),
  company: fc.constantFrom('', 'Northwind', 'Nordwind Cargo'),
  tags: fc.constantFrom('', 'mentor', 'mentor alumni').map((tags) => tags.split(' ').filter(Boolean)),
  headline: fc.constantFrom(undefined, 'Lindy hop teacher'),
});
// Every way the extension writes contacts: in a transaction, outside one, side by side, and an import's
// transaction that keeps its derived rows once at its end (several batches, a person written twice, a delete).
const operation = fc.oneof(
  fc.record({ op: fc.constant('put' as const), people: fc.array(person, { maxLength: 3 }) }),
  fc.record({
    op: fc.constant('bareUpdate' as const),
    id: fc.constantFrom(...people),
    name: fc.constantFrom('Ben Lin', 'Dev Ng'),
  }),
  fc.record({ op: fc.constant('delete' as const), id: fc.constantFrom(...people) }),
  fc.record({ op: fc.constant('deleteRange' as const), id: fc.constantFrom(...people) }),
  fc.record({
    op: fc.constant('sideBySide' as const),
    first: fc.array(person, { maxLength: 2 }),
    second: fc.array(person, { maxLength: 2 }),
  }),
  fc.record({
    op: fc.constant('deferred' as const),
    batches: fc.array(fc.array(person, { maxLength: 3 }), { maxLength: 3 }),
    deleted: fc.option(fc.constantFrom(...people)),
  }),
  fc.record({ op: fc.constant('clear' as const) }),
);

describe('search-word rows', () => {
  it('stay equal to the rows made from the stored contacts, after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 8 }), async (operations) => {
        await db.contacts.clear();
        for (const step of operations) {
          if (step.op === 'put') await db.contacts.bulkPut(step.people.map((p) => contact(p)));
          if (step.op === 'bareUpdate') await db.contacts.update(step.id, { name: step.name });
          if (step.op === 'delete') await db.contacts.delete(step.id);
          if (step.op === 'deleteRange') await db.contacts.where('id').equals(step.id).delete();
          if (step.op === 'sideBySide')
            await db.transaction('rw', db.contacts, () =>
              Promise.all([
                db.contacts.bulkPut(step.first.map((p) => contact(p))),
                db.contacts.bulkPut(step.second.map((p) => contact(p))),
              ]),
            );
          if (step.op === 'deferred')
            await db.transaction('rw', db.contacts, async (tx) => {
              deferUpkeep(tx);
              for (const batch of step.batches) await db.contacts.bulkPut(batch.map((p) => contact(p)));
              if (step.deleted) await db.contacts.delete(step.deleted);
              await flushUpkeep(tx);
            });
          if (step.op === 'clear') await db.contacts.clear();
        }
        expect(await db.searchWordRows.toArray()).toEqual(await expectedRows());
      }),
      { numRuns: 80 },
    );
  });

  it('keep the words out of the contacts themselves, each word in the row of its first letters', async () => {
    await db.contacts.put(contact({ id: 'ada', name: 'Ada Lindqvist', company: 'Northwind' }));
    expect(await db.contacts.get('ada')).not.toHaveProperty('searchWords');
    const rows = await db.searchWordRows.toArray();
    expect(rows.map((row) => row.prefix)).toEqual(['ad', 'li', 'no']);
    expect(rows.find((row) => row.prefix === 'li')?.words).toEqual({ lindqvist: ['ada'] });
    expect(prefixOf('张伟')).toBe('张伟');
    expect(prefixOf('a')).toBe('a');
  });

  it('finds a person by a one-letter word (every row it starts) as by a longer one', async () => {
    await db.contacts.bulkPut([
      contact({ id: 'ada', name: 'Ada Lindqvist', lastInteractionAt: 2 }),
      contact({ id: 'al', name: 'Al Moreau', lastInteractionAt: 1 }),
      contact({ id: 'ben', name: 'Ben Ng', lastInteractionAt: 3 }),
    ]);
    expect((await searchContacts(db, 'a')).map((c) => c.id)).toEqual(['ada', 'al']);
    expect((await searchContacts(db, 'a m')).map((c) => c.id)).toEqual(['al']);
  });
});
