import type { RapportDatabase } from './database';
import { entriesOf, type ImportedThread, threadWith } from './imported-threads';
import { getPresent } from './present-first';
import { writeInSlices } from './put-in-slices';

/**
 * Where the imported threads (lib/db/imported-threads.ts) are stored, and the one module that reads or writes them
 * there: every reader and writer goes through these functions, so how they are laid out in IndexedDB is decided
 * here alone. Each runs inside its caller's transaction, which names THREAD_TABLE.
 */
export const THREAD_TABLE = 'threads';

/** What a write of many threads does between its requests (lib/db/put-in-slices.ts). */
export interface ThreadSlices {
  /** Before each request; may throw to stop. */
  beforeEach?: () => void;
  /** Once a request is written, with the threads it held. */
  written?: (threads: ImportedThread[]) => void;
}

/** One person's thread, if they have one. */
export const threadOf = (db: RapportDatabase, contactId: string): Promise<ImportedThread | undefined> =>
  db.threads.get(contactId);

/** The threads of these people, in their order (undefined for those without one). */
export const threadsOfPeople = (
  db: RapportDatabase,
  contactIds: readonly string[],
): PromiseLike<(ImportedThread | undefined)[]> =>
  getPresent(
    contactIds,
    () => db.threads.toCollection().primaryKeys(),
    (keys) => db.threads.bulkGet(keys),
  );

/** Every thread, about `pageRows` at a time in a stable order (a backup reads them so, never all at once). */
export async function* threadPages(db: RapportDatabase, pageRows: number): AsyncGenerator<ImportedThread[]> {
  let page = await db.threads.limit(pageRows).toArray();
  while (page.length) {
    yield page;
    if (page.length < pageRows) return;
    page = await db.threads.where(':id').above(page.at(-1)!.contactId).limit(pageRows).toArray();
  }
}

/** Every thread. */
export const allThreads = (db: RapportDatabase): Promise<ImportedThread[]> => db.threads.toArray();

/**
 * The threads with an entry at `from` or later (their latest is), about `pageRows` at a time: what the network view
 * reads of the year's imported exchanges.
 */
export async function* threadPagesSince(
  db: RapportDatabase,
  from: number,
  pageRows: number,
): AsyncGenerator<ImportedThread[]> {
  const people = await db.threads.where('lastAt').aboveOrEqual(from).primaryKeys();
  for (let i = 0; i < people.length; i += pageRows) {
    const threads = await db.threads.bulkGet(people.slice(i, i + pageRows));
    yield threads.filter((thread): thread is ImportedThread => !!thread);
  }
}

/** The threads with an entry at `from` or later, all at once. */
export const threadsSince = (db: RapportDatabase, from: number): Promise<ImportedThread[]> =>
  db.threads.where('lastAt').aboveOrEqual(from).toArray();

/** Stores these threads whole (each replaces its person's), in requests of a few (`slices` runs between them). */
export const putThreads = (
  db: RapportDatabase,
  threads: readonly ImportedThread[],
  slices: ThreadSlices = {},
): Promise<void> => writeInSlices(threads, (slice) => db.threads.bulkPut(slice), slices);

/** Stores threads of people who have none yet (a write that finds one stored fails), as putThreads. */
export const addThreads = (
  db: RapportDatabase,
  threads: readonly ImportedThread[],
  slices: ThreadSlices = {},
): Promise<void> => writeInSlices(threads, (slice) => db.threads.bulkAdd(slice), slices);

/** Deletes these people's threads; how many there were. */
export async function deleteThreads(db: RapportDatabase, contactIds: readonly string[]): Promise<number> {
  const stored = await db.threads.bulkGet([...contactIds]);
  await db.threads.bulkDelete([...contactIds]);
  return stored.filter(Boolean).length;
}

/** Every thread deleted (a wipe, a restore). */
export const clearThreads = (db: RapportDatabase): Promise<void> => db.threads.clear();

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
