import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { deferUpkeep, flushUpkeep } from '../../../lib/db/deferred-upkeep';
import { threadsOf } from '../../../lib/db/imported-threads';
import { bucketsOf } from '../../../lib/db/thread-buckets';
import { clearThreads, deleteThreads, putThreads } from '../../../lib/db/thread-store';
import { INTERACTION_KINDS } from '../../../lib/schema/interaction';
import { queueRowsPart } from '../../support/queue-rows';
import { storedSummary } from '../../support/stored-summaries';
import { contact, DAY, interaction } from '../engine/factories';

let kept: RapportDatabase;
let deferred: RapportDatabase;

beforeEach(() => {
  kept = openDatabase(`upkeep-kept-${Math.random()}`);
  deferred = openDatabase(`upkeep-deferred-${Math.random()}`);
});

afterEach(async () => {
  for (const db of [kept, deferred]) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const people = ['ada', 'ben', 'cleo', 'dev'];
const person = fc.record({
  id: fc.constantFrom(...people),
  name: fc.constantFrom('Ada', 'Ada\nLovelace', '😀'),
  tags: fc.constantFrom('', 'mentor').map((tags) => tags.split(' ').filter(Boolean)),
  cadenceDays: fc.constantFrom(null, 30),
  lastInteractionAt: fc.integer({ min: 0, max: 40 }).map((d) => d * DAY),
});
const entry = fc.record({
  id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6'),
  contactId: fc.constantFrom(...people),
  kind: fc.constantFrom(...INTERACTION_KINDS),
  actor: fc.constantFrom('me' as const, 'them' as const),
  at: fc.integer({ min: 0, max: 40 }).map((d) => d * DAY),
  intent: fc.constantFrom('give' as const, 'thanks' as const, undefined),
});
const logged = entry.map((row) => ({ ...row, id: `logged-${row.id}` }));
// What a transaction writes: people and threads put or added, deleted, and logged rows beside them.
const write = fc.oneof(
  fc.record({ op: fc.constant('putPeople' as const), people: fc.array(person, { maxLength: 3 }) }),
  fc.record({ op: fc.constant('deletePerson' as const), id: fc.constantFrom(...people) }),
  fc.record({ op: fc.constant('putThreads' as const), rows: fc.array(entry, { maxLength: 5 }) }),
  fc.record({ op: fc.constant('addThreads' as const), rows: fc.array(entry, { maxLength: 5 }) }),
  fc.record({ op: fc.constant('deleteThread' as const), id: fc.constantFrom(...people) }),
  fc.record({ op: fc.constant('clearThreads' as const) }),
  fc.record({ op: fc.constant('putLogged' as const), rows: fc.array(logged, { maxLength: 3 }) }),
);
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;

async function apply(db: RapportDatabase, step: Write) {
  const threadsOfRows = ({ rows }: Extract<Write, { op: 'putThreads' | 'addThreads' }>) =>
    threadsOf(rows.map((row) => interaction({ ...row, source: 'import' })));
  if (step.op === 'putPeople') await db.contacts.bulkPut(step.people.map((p) => contact(p)));
  if (step.op === 'deletePerson') await db.contacts.delete(step.id);
  if (step.op === 'putThreads') await putThreads(db, threadsOfRows(step));
  // An add of a bucket where one is stored fails; the rest of the batch is written.
  if (step.op === 'addThreads')
    await db.threadBuckets.bulkAdd(bucketsOf(threadsOfRows(step))).catch(() => undefined);
  if (step.op === 'deleteThread') await deleteThreads(db, [step.id]);
  if (step.op === 'clearThreads') await clearThreads(db);
  if (step.op === 'putLogged') await db.interactions.bulkPut(step.rows.map((row) => interaction(row)));
}

const derived = async (db: RapportDatabase) => ({
  summaries: await db.summaryBuckets.toArray(),
  openFollowUps: await queueRowsPart(db, 'openWeeks').toArray(),
  cards: (await queueRowsPart(db, 'queueCards').toArray()).filter((row) => row.ids.length > 0),
});

const tables = (db: RapportDatabase) => [db.contacts, db.threadBuckets, db.interactions];

describe('deferred upkeep', () => {
  it('keeps the same summaries, open follow-ups and queue cards once at the end as on every write', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(write, { maxLength: 4 }),
        fc.array(write, { minLength: 1, maxLength: 8 }),
        async (before, during) => {
          for (const db of [kept, deferred]) {
            await db.transaction('rw', tables(db), async () => {
              await db.contacts.clear();
              await clearThreads(db);
              await db.interactions.clear();
            });
            // What was stored before, written as usual.
            for (const step of before) await db.transaction('rw', tables(db), () => apply(db, step));
          }
          await kept.transaction('rw', tables(kept), async () => {
            for (const step of during) await apply(kept, step);
          });
          await deferred.transaction('rw', tables(deferred), async (tx) => {
            deferUpkeep(tx);
            for (const step of during) await apply(deferred, step);
            await flushUpkeep(tx);
          });
          expect(await derived(deferred)).toEqual(await derived(kept));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('leaves the upkeep undone until the flush, and keeps writes after it as usual', async () => {
    const alsoDerived = [...tables(deferred), deferred.summaryBuckets, deferred.queueRows];
    await deferred.transaction('rw', alsoDerived, async (tx) => {
      deferUpkeep(tx);
      await deferred.contacts.put(contact({ id: 'ada', cadenceDays: 30 }));
      await putThreads(
        deferred,
        threadsOf([interaction({ id: 'm1', contactId: 'ada', kind: 'met', at: DAY, source: 'import' })]),
      );
      expect(await deferred.summaryBuckets.count()).toBe(0);
      expect(await queueRowsPart(deferred, 'queueCards').count()).toBe(0);
      await flushUpkeep(tx);
      expect(await storedSummary(deferred, 'ada')).toBeDefined();
      expect(await queueRowsPart(deferred, 'queueCards').count()).toBe(1);
      await deferred.contacts.put(contact({ id: 'ben', tags: ['mentor'] }));
    });
    const cards = (await queueRowsPart(deferred, 'queueCards').toArray()).flatMap((row) => row.ids);
    expect(cards.sort()).toEqual(['ada', 'ben']);
  });
});
