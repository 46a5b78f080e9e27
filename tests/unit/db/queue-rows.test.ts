import Dexie, { type DBCoreTransaction } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { WHOLE_RANGE } from '../../../lib/db/key-ranges';
import { QUEUE_ROWS, queueRowsFrom, queueRowsTable, rowsByPart, storedRow } from '../../../lib/db/queue-rows';

let db: RapportDatabase;

beforeEach(async () => {
  db = openDatabase(`queue-rows-${Math.random()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const week = (n: number) => ({ week: n, people: { [`p${n}`]: { since: n, starts: [] } } });
const dated = (n: number) => ({ chunk: n, commitments: {}, people: {} });
const cards = (n: number) => ({ chunk: n, ids: `c${n}` });

/** Rows of the three parts, put as their middlewares put them (through the DBCore of each part). */
async function putEach() {
  await db
    .table(QUEUE_ROWS)
    .bulkPut([
      ...[3, 10, 20].map((n) => storedRow('openWeeks', week(n))),
      ...[0, 1].map((n) => storedRow('datedCommitments', dated(n))),
      ...[0, 5].map((n) => storedRow('queueCards', cards(n))),
    ]);
}

describe('the queue’s rows in one store', () => {
  it('reads the weeks from a week on, every dated row and every card in one range', async () => {
    await putEach();
    const { lower, upper } = queueRowsFrom(10);
    const read = rowsByPart(
      await db.table(QUEUE_ROWS).where(':id').between(lower, upper, true, true).toArray(),
    );
    expect(read.openWeeks.map((row) => row.week)).toEqual([10, 20]);
    expect(read.datedCommitments.map((row) => row.chunk)).toEqual([0, 1]);
    expect(read.queueCards.map((row) => row.chunk)).toEqual([0, 5]);
    // From a week after every row: no week, still every dated row and card.
    const { lower: later, upper: end } = queueRowsFrom(Number.POSITIVE_INFINITY);
    const none = rowsByPart(
      await db.table(QUEUE_ROWS).where(':id').between(later, end, true, true).toArray(),
    );
    expect(none.openWeeks).toEqual([]);
    expect(none.datedCommitments.length + none.queueCards.length).toBe(4);
  });

  it('gives each middleware its part as the store it had: gets, puts, deletes and queries by its own keys', async () => {
    await putEach();
    await db.transaction('rw', QUEUE_ROWS, (tx) => eachWay(tx.idbtrans));
    const left = rowsByPart(await db.table(QUEUE_ROWS).toArray());
    expect(left.openWeeks.map((row) => row.week)).toEqual([0, 10, 20]);
    expect(left.queueCards).toEqual([]);
    expect(left.datedCommitments.map((row) => row.chunk)).toEqual([0, 1]);
  });
});

/** Within a transaction on the store (`trans`), each way a middleware uses its part. */
async function eachWay(trans: DBCoreTransaction) {
  const core = db.core;
  const weeks = queueRowsTable(core, 'openWeeks')!;
  const cardRows = queueRowsTable(core, 'queueCards')!;
  expect(weeks.name).toBe(QUEUE_ROWS);
  // A get by its own key finds its own part's row, never another part's of the same number.
  expect(await cardRows.getMany({ trans, keys: [0, 5, 10] })).toEqual([
    storedRow('queueCards', cards(0)),
    storedRow('queueCards', cards(5)),
    undefined,
  ]);
  expect(await weeks.get({ trans, key: 10 })).toEqual(storedRow('openWeeks', week(10)));
  // A put keys the row in its part, and answers with its own key.
  const put = await weeks.mutate({ type: 'put', trans, values: [week(0)] });
  expect(put.results).toEqual([0]);
  expect(await core.table(QUEUE_ROWS).get({ trans, key: [0, 0] })).toEqual(storedRow('openWeeks', week(0)));
  // A query over the whole part sees that part only, its keys its own.
  const { result } = await weeks.query({
    trans,
    values: false,
    query: { index: weeks.schema.primaryKey, range: WHOLE_RANGE },
  });
  expect(result).toEqual([0, 3, 10, 20]);
  expect(await weeks.count({ trans, query: { index: weeks.schema.primaryKey, range: WHOLE_RANGE } })).toBe(4);
  // A delete by key and a delete of the whole part leave the other parts alone.
  await weeks.mutate({ type: 'delete', trans, keys: [3] });
  await cardRows.mutate({ type: 'deleteRange', trans, range: WHOLE_RANGE });
}
