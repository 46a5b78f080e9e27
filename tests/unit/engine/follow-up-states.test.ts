import Dexie from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { backendOf, openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { followUpStates } from '../../../lib/db/queries/follow-up-states';
import { ReadTransaction } from '../../../lib/db/read-transaction';
import type { FollowUpState } from '../../../lib/schema/follow-up';

let db: RapportDatabase;
const state = (key: string): FollowUpState => ({ key, contactId: 'ada', snoozedUntil: null, doneAt: 1 });

beforeEach(async () => {
  db = openDatabase(`follow-up-states-${Math.random()}`);
  // Stored keys below, inside and above the wanted range; only wanted ones may come back.
  await db.followUps.bulkPut(['a:1', 'cadence:ada:5', 'cadence:bob:1', 'promise-due:p1', 'z:1'].map(state));
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const reads = async () => new ReadTransaction(await backendOf(db), ['followUps']);

const RULES = ['promise-due', 'cadence'];

it('returns the stored states of the wanted keys and no other state of the rules', async () => {
  const statesOf = followUpStates(await reads(), RULES);
  const states = await statesOf(['promise-due:p1', 'cadence:ada:5', 'cadence:ada:9']);
  expect(states.map((found) => found.key).sort()).toEqual(['cadence:ada:5', 'promise-due:p1']);
});

it('asks which states are stored before the keys are known, and reads only the rules’ keys', async () => {
  const asked: [string, IDBKeyRange][] = [];
  const getAllKeys = IDBObjectStore.prototype.getAllKeys;
  IDBObjectStore.prototype.getAllKeys = function (
    this: IDBObjectStore,
    ...args: Parameters<typeof getAllKeys>
  ) {
    asked.push([this.name, args[0] as IDBKeyRange]);
    return getAllKeys.apply(this, args);
  };
  try {
    const statesOf = followUpStates(await reads(), RULES);
    // Out before any key is given: the queue's rules run meanwhile.
    expect(asked.map(([store, range]) => [store, range.lower, range.upper])).toEqual([
      ['followUps', 'cadence:', 'promise-due:\uffff'],
    ]);
    // A key outside the rules' range is not found even where a state is stored for it.
    expect((await statesOf(['a:1', 'z:1', 'cadence:bob:1'])).map((found) => found.key)).toEqual([
      'cadence:bob:1',
    ]);
  } finally {
    IDBObjectStore.prototype.getAllKeys = getAllKeys;
  }
});

it('reads no state for no keys, nor for no rules', async () => {
  expect(await followUpStates(await reads(), RULES)([])).toEqual([]);
  expect(await followUpStates(await reads(), [])(['cadence:ada:5'])).toEqual([]);
});
