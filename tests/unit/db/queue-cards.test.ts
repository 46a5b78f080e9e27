import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { loggedHistoryOf } from '../../../lib/db/queries/history-of';
import { CARD_CHUNKS, cardChunksOf, cardsIn, chunkOf } from '../../../lib/db/queue-cards-middleware';
import { INTERACTION_KINDS } from '../../../lib/schema/interaction';
import { queueRowsPart } from '../../support/queue-rows';
import { contact, DAY, interaction } from '../engine/factories';

let db: RapportDatabase;

beforeEach(() => {
  db = openDatabase(`queue-cards-${Math.random()}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** What the cards must be: made from the stored contacts as a whole. */
async function expectedCards() {
  return cardChunksOf(await db.contacts.toArray());
}

/** The stored cards, rows left empty by a removal left out. */
async function storedCards() {
  return (await queueRowsPart(db, 'queueCards').toArray()).filter((row) => row.ids.length > 0);
}

const people = ['ada', 'ben', 'cleo', 'dev'];
const person = fc.record({
  id: fc.constantFrom(...people),
  // Renamed, with any character; a page of their own, none (unlinked), or the one the id gives (undefined).
  name: fc.constantFrom('Ada', 'Ada\nLovelace', 'Zoë \u0000 😀', ''),
  profileUrl: fc.constantFrom(undefined, '', 'https://www.linkedin.com/in/someone-else/'),
  tags: fc.constantFrom('', 'mentor', 'mentor alumni').map((tags) => tags.split(' ').filter(Boolean)),
  cadenceDays: fc.constantFrom(null, 30),
  notes: fc.constantFrom('', 'First line\nLast line'),
  lastInteractionAt: fc.integer({ min: 0, max: 40 }).map((d) => d * DAY),
});
const row = fc.record({
  id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6'),
  contactId: fc.constantFrom(...people),
  kind: fc.constantFrom(...INTERACTION_KINDS),
  actor: fc.constantFrom('me' as const, 'them' as const),
  at: fc.integer({ min: 0, max: 40 }).map((d) => d * DAY),
  context: fc.constantFrom('', 'Web Summit'),
});
// Every way the extension writes people and history, and both at once in one transaction (a join, an import).
const operation = fc.oneof(
  fc.record({ op: fc.constant('putPeople' as const), people: fc.array(person, { maxLength: 3 }) }),
  fc.record({ op: fc.constant('deletePerson' as const), id: fc.constantFrom(...people) }),
  fc.record({ op: fc.constant('putRows' as const), rows: fc.array(row, { maxLength: 4 }) }),
  fc.record({ op: fc.constant('deleteRows' as const), ids: fc.array(fc.constantFrom('r1', 'r2', 'r3')) }),
  fc.record({ op: fc.constant('deleteHistory' as const), id: fc.constantFrom(...people) }),
  fc.record({
    op: fc.constant('sideBySide' as const),
    people: fc.array(person, { maxLength: 2 }),
    rows: fc.array(row, { maxLength: 3 }),
  }),
  fc.record({ op: fc.constant('clearPeople' as const) }),
  fc.record({ op: fc.constant('clearHistory' as const) }),
);

/** A contact of the generated fields, its page the one its id gives where none is generated. */
const personOf = ({ profileUrl, ...p }: typeof person extends fc.Arbitrary<infer T> ? T : never) =>
  contact(profileUrl === undefined ? p : { ...p, profileUrl });

describe('queue cards', () => {
  it('stay equal to the cards made from the stored people, after any sequence of writes (of people and of history)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 10 }), async (operations) => {
        await db.transaction('rw', db.contacts, db.interactions, async () => {
          await db.contacts.clear();
          await db.interactions.clear();
        });
        for (const step of operations) {
          await db.transaction('rw', db.contacts, db.interactions, async () => {
            if (step.op === 'putPeople') await db.contacts.bulkPut(step.people.map((p) => personOf(p)));
            if (step.op === 'deletePerson') await db.contacts.delete(step.id);
            if (step.op === 'putRows') await db.interactions.bulkPut(step.rows.map((r) => interaction(r)));
            if (step.op === 'deleteRows') await db.interactions.bulkDelete(step.ids);
            if (step.op === 'deleteHistory') await loggedHistoryOf(db, step.id).delete();
            if (step.op === 'sideBySide') {
              await Promise.all([
                db.contacts.bulkPut(step.people.map((p) => personOf(p))),
                db.interactions.bulkPut(step.rows.map((r) => interaction(r))),
              ]);
            }
            if (step.op === 'clearPeople') await db.contacts.clear();
            if (step.op === 'clearHistory') await db.interactions.clear();
          });
        }
        expect(await storedCards()).toEqual(await expectedCards());
      }),
      { numRuns: 60 },
    );
  });

  it('hold the people on a cadence or with a tag, with what finding a cadence needs and their name and page', async () => {
    await db.contacts.bulkPut([
      contact({ id: 'ada', name: 'Ada', cadenceDays: 30, notes: 'Long notes\nAsk about the move' }),
      contact({ id: 'ben', name: 'Ben', tags: ['mentor'] }),
      contact({ id: 'cleo', name: 'Cleo' }),
    ]);
    await db.interactions.add(interaction({ id: 'm1', contactId: 'ben', kind: 'met', at: 5 * DAY }));
    const cards = Object.fromEntries(
      (await queueRowsPart(db, 'queueCards').toArray()).flatMap((r) => cardsIn(r)),
    );
    expect(Object.keys(cards).sort()).toEqual(['ada', 'ben']);
    // Keyed by id; with the name and page (v26), so a row on screen needs no read of the whole contact.
    expect(Object.keys(cards.ada!).sort()).toEqual([
      'cadenceDays',
      'firstSeenAt',
      'lastInteractionAt',
      'name',
      'profileUrl',
      'tags',
    ]);
    expect(cards.ada).toMatchObject({ name: 'Ada', profileUrl: 'https://www.linkedin.com/in/ada/' });
    expect(cards.ben).toMatchObject({ tags: ['mentor'] });
    expect(JSON.stringify(cards.ben)).not.toContain('m1');
    // Stored in columns, one entry per person (v17): no object, and no field name, per card; the ids in one string
    // (v25), the names and pages likewise (v26), a page the id gives stored as nothing (a row of only those: no
    // column of pages).
    const [row] = await storedCards();
    const ids = cardsIn(row!).map(([id]) => id);
    expect(row).toEqual({
      chunk: row!.chunk,
      ids: ids.join(''),
      idEnds: expect.any(Uint32Array),
      names: ids.map((id) => cards[id]!.name).join(''),
      nameEnds: expect.any(Uint32Array),
      tags: ids.map((id) => cards[id]!.tags),
      cadenceDays: expect.any(Float64Array),
      lastInteractionAt: expect.any(Float64Array),
      firstSeenAt: expect.any(Float64Array),
    });
    // Untagging Ben takes his card away.
    await db.contacts.update('ben', { tags: [] });
    expect(await storedCards()).toEqual(await expectedCards());
    expect(Object.keys(Object.fromEntries((await storedCards()).flatMap((r) => cardsIn(r))))).toEqual([
      'ada',
    ]);
  });

  it('follow every write made outside an explicit transaction: put, update, delete, bulkDelete, a range, clear', async () => {
    await db.contacts.bulkPut([
      contact({ id: 'ada', cadenceDays: 30 }),
      contact({ id: 'ben', tags: ['mentor'] }),
      contact({ id: 'cleo', tags: ['mentor'] }),
      contact({ id: 'dev', cadenceDays: 60 }),
    ]);
    await db.contacts.update('ada', { cadenceDays: 14 });
    await db.contacts.delete('ben');
    expect(await storedCards()).toEqual(await expectedCards());
    await db.contacts.bulkDelete(['cleo']);
    expect(await storedCards()).toEqual(await expectedCards());
    await db.contacts.where('id').equals('dev').delete();
    expect(await storedCards()).toEqual(await expectedCards());
    await db.contacts.clear();
    expect(await storedCards()).toEqual([]);
  });

  it('keep each list of tags once per row and ids of any characters, read back as they were put', async () => {
    // The people of one row, their ids holding what a separator would have been.
    const people = Array.from({ length: 200 }, (_, i) => `p${i}\n\u0000`).filter(
      (id) => chunkOf(id) === chunkOf('p0\n\u0000'),
    );
    await db.contacts.bulkPut(
      people.map((id, i) => contact({ id, tags: i % 2 ? ['mentor'] : ['mentor', 'alumni'] })),
    );
    const rows = await storedCards();
    expect(rows).toEqual(await expectedCards());
    const row = rows.find((r) => r.chunk === chunkOf('p0\n\u0000'))!;
    expect(cardsIn(row).map(([id]) => id)).toEqual([...people].sort());
    expect(new Set(row.tags).size).toBe(2);
  });

  it('spread over a fixed number of rows', () => {
    const rows = new Set(Array.from({ length: 1000 }, (_, i) => chunkOf(`person-${i}`)));
    expect(rows.size).toBe(CARD_CHUNKS);
    expect(Math.max(...rows)).toBeLessThan(CARD_CHUNKS);
  });
});
