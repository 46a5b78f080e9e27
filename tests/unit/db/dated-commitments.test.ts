import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { DATED_CHUNKS, datedChunksOf, datedIn, peopleIn } from '../../../lib/db/dated-commitments';
import type { Commitment } from '../../../lib/schema/commitment';
import { queueRowsPart } from '../../support/queue-rows';
import { commitment, contact, DAY } from '../engine/factories';

let db: RapportDatabase;

beforeEach(() => {
  db = openDatabase(`dated-commitments-${Math.random()}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** The stored rows, those left empty by a removal left out. */
async function storedRows() {
  return (await queueRowsPart(db, 'datedCommitments').toArray()).filter(
    (row) => Object.keys(row.commitments).length > 0,
  );
}

/** What the [status+dueAt] index finds of the open ones, in its order: what the queue read before v23. */
const byIndex = () =>
  db.commitments
    .where('[status+dueAt]')
    .between(['open', -Infinity], ['open', Infinity], true, true)
    .toArray();

const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
const people = ['ada', 'ben', 'cleo'];
const person = fc.record({
  id: fc.constantFrom(...people),
  name: fc.constantFrom('Ada', 'Ada Lovelace', 'Ben'),
  profileUrl: fc.constantFrom('', 'https://www.linkedin.com/in/someone/'),
});
const written = fc.record({
  id: fc.constantFrom(...ids),
  contactId: fc.constantFrom(...people),
  by: fc.constantFrom('me' as const, 'them' as const),
  status: fc.constantFrom('open' as const, 'kept' as const, 'dropped' as const),
  // Two promises may fall due the same day: the index then orders them by id.
  dueAt: fc.option(fc.integer({ min: 0, max: 3 }).map((d) => d * DAY)),
});
// Every way the extension writes commitments: add and put (one or a batch), a status set, a contact's deleted or
// moved to another (a join), one deleted, a wipe; and two writes in flight in one transaction.
const operation = fc.oneof(
  fc.record({ op: fc.constant('put' as const), rows: fc.array(written, { maxLength: 4 }) }),
  fc.record({ op: fc.constant('setStatus' as const), id: fc.constantFrom(...ids), open: fc.boolean() }),
  fc.record({ op: fc.constant('deleteOne' as const), id: fc.constantFrom(...ids) }),
  fc.record({ op: fc.constant('deleteOf' as const), contactId: fc.constantFrom('ada', 'ben') }),
  fc.record({ op: fc.constant('join' as const) }),
  fc.record({ op: fc.constant('range' as const) }),
  fc.record({
    op: fc.constant('sideBySide' as const),
    first: fc.array(written, { maxLength: 2 }),
    second: fc.array(written, { maxLength: 2 }),
  }),
  fc.record({ op: fc.constant('clear' as const) }),
  fc.record({ op: fc.constant('putPeople' as const), people: fc.array(person, { maxLength: 3 }) }),
  fc.record({ op: fc.constant('deletePerson' as const), id: fc.constantFrom(...people) }),
  fc.record({ op: fc.constant('clearPeople' as const) }),
  fc.record({
    op: fc.constant('bothAtOnce' as const),
    rows: fc.array(written, { maxLength: 2 }),
    people: fc.array(person, { maxLength: 2 }),
  }),
);

describe('dated commitments', () => {
  it('stay equal to the open dated commitments stored, in the index order, with their people named, after any sequence of writes of both', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 10 }), async (operations) => {
        await db.transaction('rw', db.commitments, db.contacts, async () => {
          await db.commitments.clear();
          await db.contacts.clear();
        });
        for (const step of operations) {
          const put = (rows: Parameters<typeof commitment>[0][]) =>
            db.commitments.bulkPut(rows.map((row) => commitment(row)));
          await db.transaction('rw', db.commitments, db.contacts, async () => {
            if (step.op === 'put') await put(step.rows);
            if (step.op === 'putPeople') await db.contacts.bulkPut(step.people.map((p) => contact(p)));
            if (step.op === 'deletePerson') await db.contacts.delete(step.id);
            if (step.op === 'clearPeople') await db.contacts.clear();
            if (step.op === 'bothAtOnce') {
              await Promise.all([put(step.rows), db.contacts.bulkPut(step.people.map((p) => contact(p)))]);
            }
            if (step.op === 'setStatus') {
              await db.commitments.update(step.id, { status: step.open ? 'open' : 'kept' });
            }
            if (step.op === 'deleteOne') await db.commitments.delete(step.id);
            if (step.op === 'deleteOf')
              await db.commitments.where('contactId').equals(step.contactId).delete();
            if (step.op === 'join')
              await db.commitments.where('contactId').equals('ben').modify({ contactId: 'ada' });
            if (step.op === 'range')
              await db.commitments.where('id').between('p2', 'p4', true, true).delete();
            if (step.op === 'sideBySide') await Promise.all([put(step.first), put(step.second)]);
            if (step.op === 'clear') await db.commitments.clear();
          });
        }
        const stored = await storedRows();
        const contacts = new Map((await db.contacts.toArray()).map((c) => [c.id, c]));
        expect(stored).toEqual(datedChunksOf(await db.commitments.toArray(), (id) => contacts.get(id)));
        expect(datedIn(stored)).toEqual(await byIndex());
      }),
      { numRuns: 100 },
    );
  });

  it('hold the open ones with a due date only, whole, and follow writes made outside a transaction', async () => {
    const dated: Commitment = commitment({ id: 'mine', by: 'me', dueAt: 2 * DAY });
    await db.commitments.bulkAdd([
      dated,
      commitment({ id: 'undated', by: 'me', dueAt: null }),
      commitment({ id: 'kept', by: 'them', dueAt: DAY, status: 'kept', closedAt: DAY }),
    ]);
    expect(datedIn(await storedRows())).toEqual([dated]);
    await db.commitments.update('undated', { dueAt: DAY });
    expect(datedIn(await storedRows()).map((c) => c.id)).toEqual(['undated', 'mine']);
    await db.commitments.update('mine', { status: 'dropped' });
    await db.commitments.delete('undated');
    expect(await storedRows()).toEqual([]);
    await db.commitments.put(dated);
    expect(datedIn(await storedRows())).toEqual([dated]);
    // Its person named, renamed and deleted by writes of their own.
    const named = async () => [...peopleIn(await storedRows())];
    expect(await named()).toEqual([]);
    await db.contacts.put(
      contact({ id: 'ada', name: 'Ada', profileUrl: 'https://www.linkedin.com/in/ada/' }),
    );
    expect(await named()).toEqual([['ada', { name: 'Ada', profileUrl: 'https://www.linkedin.com/in/ada/' }]]);
    await db.contacts.update('ada', { name: 'Ada Lovelace' });
    expect(await named()).toEqual([
      ['ada', { name: 'Ada Lovelace', profileUrl: 'https://www.linkedin.com/in/ada/' }],
    ]);
    await db.contacts.delete('ada');
    expect(await named()).toEqual([]);
  });

  it('spread over a fixed number of rows', async () => {
    await db.commitments.bulkAdd(
      Array.from({ length: 500 }, (_, i) => commitment({ id: `promise-${i}`, by: 'me', dueAt: i * DAY })),
    );
    const rows = await queueRowsPart(db, 'datedCommitments').toArray();
    expect(rows.length).toBe(DATED_CHUNKS);
    expect(datedIn(rows)).toEqual(await byIndex());
  });
});
