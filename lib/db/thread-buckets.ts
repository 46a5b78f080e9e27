import type { ImportedThread } from './imported-threads';
import { peopleInRows } from './people-in-rows';
import { chunkOf } from './queue-cards-middleware';

/**
 * How many rows hold the imported threads (schema v20). Chromium's IndexedDB here costs ~0.16 ms per row written
 * whatever its size: 30,000 threads as one row each took 5–5.9 s to put, the same threads in 300 rows 0.64–0.82 s
 * (the lead's probe, quiet). Fewer rows write faster still, but a person's history is read as their whole row.
 */
export const THREAD_BUCKETS = 256;

/** One row of threads: the people whose ids hash to `bucket`, each with their whole thread. */
export interface ThreadBucket {
  bucket: number;
  /** Its threads' latest entry: the network view reads only the rows with an entry in its window. */
  lastAt: number;
  /** By contactId. */
  threads: ImportedThread[];
}

/** The bucket a person's thread is kept in (FNV-1a of the id: stable, even across buckets). */
export const bucketOf = (contactId: string): number => chunkOf(contactId, THREAD_BUCKETS);

/** A person's thread in their bucket, if there is one. */
export const threadIn = (bucket: ThreadBucket | undefined, contactId: string): ImportedThread | undefined =>
  bucket?.threads.find((thread) => thread.contactId === contactId);

/** These people's threads, in their order (undefined for those without one), each bucket asked for once. */
export const threadsFrom = (
  getBuckets: (keys: number[]) => PromiseLike<readonly (ThreadBucket | undefined)[]>,
  contactIds: readonly string[],
): Promise<(ImportedThread | undefined)[]> => peopleInRows(getBuckets, contactIds, bucketOf, threadIn);

/**
 * The bucket with these threads put (each replaces its person's) and these people's threads taken out; null when
 * nothing is left in it.
 */
export function bucketWith(
  bucket: number,
  stored: ThreadBucket | undefined,
  put: readonly ImportedThread[],
  removed: readonly string[] = [],
): ThreadBucket | null {
  const byPerson = new Map(stored?.threads.map((thread) => [thread.contactId, thread]));
  for (const contactId of removed) byPerson.delete(contactId);
  for (const thread of put) byPerson.set(thread.contactId, thread);
  if (!byPerson.size) return null;
  const threads = [...byPerson.values()].sort((a, b) => (a.contactId < b.contactId ? -1 : 1));
  return { bucket, lastAt: threads.reduce((latest, thread) => Math.max(latest, thread.lastAt), 0), threads };
}

/** These threads grouped by bucket (bucket → its threads given). */
export function byBucket<T extends { contactId: string }>(items: readonly T[]): Map<number, T[]> {
  const buckets = new Map<number, T[]>();
  for (const item of items) {
    const bucket = bucketOf(item.contactId);
    const list = buckets.get(bucket);
    if (list) list.push(item);
    else buckets.set(bucket, [item]);
  }
  return buckets;
}

/** Threads (one per person) as the buckets that hold them: a migration's, or a restore's, into empty buckets. */
export const bucketsOf = (threads: readonly ImportedThread[]): ThreadBucket[] =>
  [...byBucket(threads)].map(([bucket, list]) => bucketWith(bucket, undefined, list)!);

/** Whether two stored threads hold the same entries (a bucket written again keeps most of its threads as they were). */
export const sameThread = (a: ImportedThread, b: ImportedThread): boolean =>
  a.lastAt === b.lastAt &&
  a.entries.length === b.entries.length &&
  JSON.stringify(a.entries) === JSON.stringify(b.entries);
