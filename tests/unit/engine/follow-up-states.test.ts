import Dexie from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { backendOf, openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { followUpStatesOf } from '../../../lib/db/queries/follow-up-states';
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

it('returns the stored states of the wanted keys and no other state in their range', async () => {
  const states = await followUpStatesOf(await reads(), ['promise-due:p1', 'cadence:ada:5', 'cadence:ada:9']);
  expect(states.map((found) => found.key).sort()).toEqual(['cadence:ada:5', 'promise-due:p1']);
});

it('reads nothing for no keys', async () => {
  expect(await followUpStatesOf(await reads(), [])).toEqual([]);
});
