import type { RapportDatabase } from './database';
import { entriesOf, type ImportedThread, threadWith } from './imported-threads';
import { writeInSlices } from './put-in-slices';
import { bucketOf, bucketWith, byBucket, type ThreadBucket, threadIn, threadsFrom } from './thread-buckets';

/**
 * Where the imported threads (lib/db/imported-threads.ts) are stored, and the one module that reads or writes them
 * there: every reader and writer goes through these functions, so how they are laid out in IndexedDB is decided
 * here alone. Since v20 they are kept in a fixed number of rows, each person's in the bucket of their id
 * (lib/db/thread-buckets.ts): IndexedDB's cost is per row, and an import writes every person's thread. Each runs
 * inside its caller's transaction, which names THREAD_TABLE; a write reads the buckets it changes and puts them
 * back, so two writes of threads are never run side by side in one transaction.
 */
export const THREAD_TABLE = 'threadBuckets';

/**
 * Buckets per request, written or read: a bucket holds ~120 people's threads at 30,000 people, and a cancel's
 * abort waits for the request in flight.
 */
const BUCKETS_PER_REQUEST = 16;

/** What a write of many threads does between its requests (lib/db/put-in-slices.ts). */
export interface ThreadSlices {
  /** Before each request; may throw to stop. */
  beforeEach?: () => void;
  /** Once a request is written, with the threads it held. */
  written?: (threads: ImportedThread[]) => void;
}

/** One person's thread, if they have one. */
export const threadOf = async (db: RapportDatabase, contactId: string): Promise<ImportedThread | undefined> =>
  threadIn(await db.threadBuckets.get(bucketOf(contactId)), contactId);

/** The threads of these people, in their order (undefined for those without one). */
export const threadsOfPeople = (
  db: RapportDatabase,
  contactIds: readonly string[],
): Promise<(ImportedThread | undefined)[]> =>
  threadsFrom((keys) => db.threadBuckets.bulkGet(keys), contactIds);

const threadsIn = (buckets: readonly (ThreadBucket | undefined)[]) =>
  buckets.flatMap((bucket) => bucket?.threads ?? []);

/** Every thread, a few buckets at a time (a backup reads them so, never all at once). */
export async function* threadPages(db: RapportDatabase): AsyncGenerator<ImportedThread[]> {
  let page = await db.threadBuckets.limit(BUCKETS_PER_REQUEST).toArray();
  while (page.length) {
    yield threadsIn(page);
    if (page.length < BUCKETS_PER_REQUEST) return;
    page = await db.threadBuckets
      .where(':id')
      .above(page.at(-1)!.bucket)
      .limit(BUCKETS_PER_REQUEST)
      .toArray();
  }
}

/** Every thread. */
export const allThreads = async (db: RapportDatabase): Promise<ImportedThread[]> =>
  threadsIn(await db.threadBuckets.toArray());

const since = (threads: readonly ImportedThread[], from: number) =>
  threads.filter((thread) => thread.lastAt >= from);

/**
 * The threads with an entry at `from` or later (their latest is), a few buckets at a time: what the network view
 * reads of the year's imported exchanges. Only the buckets with such an entry are read.
 */
export async function* threadPagesSince(db: RapportDatabase, from: number): AsyncGenerator<ImportedThread[]> {
  const keys = await db.threadBuckets.where('lastAt').aboveOrEqual(from).primaryKeys();
  for (let i = 0; i < keys.length; i += BUCKETS_PER_REQUEST) {
    const buckets = await db.threadBuckets.bulkGet(keys.slice(i, i + BUCKETS_PER_REQUEST));
    yield since(threadsIn(buckets), from);
  }
}

/** The threads with an entry at `from` or later, all at once. */
export const threadsSince = async (db: RapportDatabase, from: number): Promise<ImportedThread[]> =>
  since(threadsIn(await db.threadBuckets.where('lastAt').aboveOrEqual(from).toArray()), from);

/**
 * Stores these threads whole (each replaces its person's; one per person), their buckets a few per request
 * (`slices` runs between requests).
 */
export async function putThreads(
  db: RapportDatabase,
  threads: readonly ImportedThread[],
  slices: ThreadSlices = {},
): Promise<void> {
  const groups = [...byBucket(threads)];
  const stored = await db.threadBuckets.bulkGet(groups.map(([bucket]) => bucket));
  const rows = groups.map(([bucket, put], i) => ({ bucket: bucketWith(bucket, stored[i], put)!, put }));
  await writeInSlices(rows, (slice) => db.threadBuckets.bulkPut(slice.map((row) => row.bucket)), {
    perRequest: BUCKETS_PER_REQUEST,
    beforeEach: slices.beforeEach,
    written: (slice) => slices.written?.(slice.flatMap((row) => row.put)),
  });
}

/** Deletes these people's threads; how many there were. */
export async function deleteThreads(db: RapportDatabase, contactIds: readonly string[]): Promise<number> {
  const groups = [...byBucket(contactIds.map((contactId) => ({ contactId })))];
  const stored = await db.threadBuckets.bulkGet(groups.map(([bucket]) => bucket));
  let deleted = 0;
  const kept: ThreadBucket[] = [];
  const emptied: number[] = [];
  groups.forEach(([bucket, people], i) => {
    const ids = people.map((person) => person.contactId);
    const had = ids.filter((contactId) => threadIn(stored[i], contactId)).length;
    if (!had) return;
    deleted += had;
    const left = bucketWith(bucket, stored[i], [], ids);
    if (left) kept.push(left);
    else emptied.push(bucket);
  });
  if (emptied.length) await db.threadBuckets.bulkDelete(emptied);
  if (kept.length) await db.threadBuckets.bulkPut(kept);
  return deleted;
}

/** Every thread deleted (a wipe, a restore). */
export const clearThreads = (db: RapportDatabase): Promise<void> => db.threadBuckets.clear();

/**
 * Moves `from`'s thread to `to` (a record without an address joined to the visited profile), joined to the thread
 * `to` may have (an import of a newer export may have made one); how many entries moved.
 */
export async function moveThread(db: RapportDatabase, from: string, to: string): Promise<number> {
  const [old, page] = await threadsOfPeople(db, [from, to]);
  if (!old) return 0;
  const rows = entriesOf(old).map((row) => ({ ...row, contactId: to }));
  const { thread } = threadWith(to, page, rows);
  await deleteThreads(db, [from]);
  if (thread) await putThreads(db, [thread]);
  return old.entries.length;
}
