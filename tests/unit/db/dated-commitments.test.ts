import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { DATED_CHUNKS, datedChunksOf, datedIn } from '../../../lib/db/dated-commitments';
import type { Commitment } from '../../../lib/schema/commitment';
import { commitment, DAY } from '../engine/factories';

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
  return (await db.datedCommitments.toArray()).filter((row) => Object.keys(row.commitments).length > 0);
}

/** What the [status+dueAt] index finds of the open ones, in its order: what the queue read before v23. */
const byIndex = () =>
  db.commitments
    .where('[status+dueAt]')
    .between(['open', -Infinity], ['open', Infinity], true, true)
    .toArray();

const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
const written = fc.record({
  id: fc.constantFrom(...ids),
  contactId: fc.constantFrom('ada', 'ben'),
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
);

describe('dated commitments', () => {
  it('stay equal to the open dated commitments stored, in the index order, after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 10 }), async (operations) => {
        await db.commitments.clear();
        for (const step of operations) {
          const put = (rows: Parameters<typeof commitment>[0][]) =>
            db.commitments.bulkPut(rows.map((row) => commitment(row)));
          await db.transaction('rw', db.commitments, async () => {
            if (step.op === 'put') await put(step.rows);
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
        expect(stored).toEqual(datedChunksOf(await db.commitments.toArray()));
        expect(datedIn(stored)).toEqual(await byIndex());
      }),
      { numRuns: 60 },
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
  });

  it('spread over a fixed number of rows', async () => {
    await db.commitments.bulkAdd(
      Array.from({ length: 500 }, (_, i) => commitment({ id: `promise-${i}`, by: 'me', dueAt: i * DAY })),
    );
    const rows = await db.datedCommitments.toArray();
    expect(rows.length).toBe(DATED_CHUNKS);
    expect(datedIn(rows)).toEqual(await byIndex());
  });
});
