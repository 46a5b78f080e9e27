import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { entriesOf, type ImportedThread, threadsOf } from '../../../lib/db/imported-threads';
import { bucketOf, THREAD_BUCKETS } from '../../../lib/db/thread-buckets';
import {
  allThreads,
  deleteThreads,
  moveThread,
  putThreads,
  THREAD_TABLE,
  threadOf,
  threadPages,
  threadPagesSince,
  threadsOfPeople,
  threadsSince,
} from '../../../lib/db/thread-store';
import { summaryOf } from '../../../lib/engine/contact-summary';
import { storedSummary } from '../../support/stored-summaries';
import { DAY, interaction } from '../engine/factories';

let db: RapportDatabase;
beforeEach(() => {
  db = openDatabase(`thread-store-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const met = (contactId: string, day: number) =>
  interaction({ id: `${contactId}-${day}`, contactId, kind: 'met', at: day * DAY, source: 'import' });
/** Person i met on day i % 50 and day 100 + i % 7: every bucket holds several people, with different latest days. */
const people = Array.from({ length: 3 * THREAD_BUCKETS }, (_, i) => `person-${i}`);
const threads = threadsOf(people.flatMap((id, i) => [met(id, i % 50), met(id, 100 + (i % 7))]));
const byPerson = (list: readonly ImportedThread[]) =>
  [...list].sort((a, b) => (a.contactId < b.contactId ? -1 : 1));
/** Two people whose threads share a bucket, and one in another bucket. */
const [ada, ben] = people.filter((id) => bucketOf(id) === bucketOf(people[0]!)).slice(0, 2) as [
  string,
  string,
];
const cleo = people.find((id) => bucketOf(id) !== bucketOf(ada))!;
const write = <T>(work: () => Promise<T>) => db.transaction('rw', THREAD_TABLE, work);

describe('the thread store (threads kept in buckets, v20)', () => {
  it('keeps every person’s thread in the bucket of their id, no more rows than buckets', async () => {
    await write(() => putThreads(db, threads));
    expect(await db.threadBuckets.count()).toBe(THREAD_BUCKETS);
    for (const bucket of await db.threadBuckets.toArray()) {
      expect(bucket.threads.every((thread) => bucketOf(thread.contactId) === bucket.bucket)).toBe(true);
      expect(bucket.lastAt).toBe(Math.max(...bucket.threads.map((thread) => thread.lastAt)));
    }
    expect(byPerson(await allThreads(db))).toEqual(byPerson(threads));
    expect(await threadOf(db, ada)).toEqual(threads.find((thread) => thread.contactId === ada));
    expect(await threadsOfPeople(db, [cleo, 'nobody', ada])).toEqual([
      threads.find((thread) => thread.contactId === cleo),
      undefined,
      threads.find((thread) => thread.contactId === ada),
    ]);
    const pages: ImportedThread[][] = [];
    for await (const page of threadPages(db)) pages.push(page);
    expect(pages.length).toBeGreaterThan(1);
    expect(byPerson(pages.flat())).toEqual(byPerson(threads));
  });

  it('reads the threads with an entry since a time, not the others of their buckets', async () => {
    await write(() => putThreads(db, threads));
    const since = 105 * DAY;
    const wanted = byPerson(threads.filter((thread) => thread.lastAt >= since));
    expect(wanted.length).toBeGreaterThan(0);
    expect(wanted.length).toBeLessThan(threads.length);
    expect(byPerson(await threadsSince(db, since))).toEqual(wanted);
    const pages: ImportedThread[] = [];
    for await (const page of threadPagesSince(db, since)) pages.push(...page);
    expect(byPerson(pages)).toEqual(wanted);
  });

  it('replaces and deletes one person’s thread, leaving the others of the bucket as they were', async () => {
    await write(() => putThreads(db, threads));
    const [grown] = threadsOf([met(ada, 1), met(ada, 2), met(ada, 3)]);
    await write(() => putThreads(db, [grown!]));
    expect(await threadOf(db, ada)).toEqual(grown);
    expect(await write(() => deleteThreads(db, [ben, 'nobody']))).toBe(1);
    expect(await threadOf(db, ben)).toBeUndefined();
    expect(await threadOf(db, ada)).toEqual(grown);
    expect(byPerson(await allThreads(db))).toEqual(
      byPerson([...threads.filter((t) => t.contactId !== ada && t.contactId !== ben), grown!]),
    );
  });

  it('deletes a bucket left empty', async () => {
    await write(() =>
      putThreads(
        db,
        threads.filter((thread) => thread.contactId === cleo),
      ),
    );
    expect(await db.threadBuckets.count()).toBe(1);
    await write(() => deleteThreads(db, [cleo]));
    expect(await db.threadBuckets.count()).toBe(0);
  });

  it('moves a thread to another person’s, joined to theirs, across buckets', async () => {
    await write(() => putThreads(db, threads));
    const cleos = threads.find((thread) => thread.contactId === cleo)!;
    const adas = threads.find((thread) => thread.contactId === ada)!;
    expect(await write(() => moveThread(db, cleo, ada))).toBe(cleos.entries.length);
    expect(await threadOf(db, cleo)).toBeUndefined();
    expect((await threadOf(db, ada))?.entries.map((entry) => entry.id).sort()).toEqual(
      [...adas.entries, ...cleos.entries].map((entry) => entry.id).sort(),
    );
  });

  it('keeps each person’s summary what their thread makes, whoever shares their bucket', async () => {
    const summaryOfThread = (contactId: string, thread: ImportedThread | undefined) =>
      summaryOf(contactId, entriesOf(thread));
    const expectSummaries = async () => {
      for (const contactId of [ada, ben, cleo])
        expect((await storedSummary(db, contactId)) ?? null, contactId).toEqual(
          summaryOfThread(contactId, await threadOf(db, contactId)),
        );
    };
    await write(() => putThreads(db, threads));
    await expectSummaries();
    // Ada's thread loses its latest entry (a summary holds it): made again; Ben's, in the same bucket, kept.
    const [shorter] = threadsOf([met(ada, 1)]);
    await write(() => putThreads(db, [shorter!]));
    await expectSummaries();
    await write(() => deleteThreads(db, [ben]));
    await expectSummaries();
    expect(await storedSummary(db, ben)).toBeUndefined();
    await write(() => moveThread(db, ada, cleo));
    await expectSummaries();
    expect(await storedSummary(db, ada)).toBeUndefined();
  });
});
