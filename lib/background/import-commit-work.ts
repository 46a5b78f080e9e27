import type { StagedCounts } from '../protocol/import-messages';

/**
 * What each thing an import's commit does costs, in microseconds: a staged contact read back and checked, a staged
 * interaction read back (checked while the contacts are written: lib/background/import-read-back.ts), a contact
 * written (its indexes and search words), an interaction put in its person's thread (made), an entry added to a
 * thread (written), a person's summary, open follow-up and search words kept once at the end. The progress the page
 * reads (import/progress) is in these. From the chromium-import bench's background steps at schema v21 (30,000 +
 * 200,000; load 4-5, mostly the bench's own): read back and check the contacts 1.33 s, write contacts 5.8 s, check
 * the interactions left and make the threads 0.9 s, write threads 0.5-0.8 s, keep summaries, cards and search words
 * 1.2-2.0 s. The read is split between contacts and interactions by guess (a contact's check is most of it).
 */
export const COMMIT_WORK = {
  contactRead: 30,
  entryRead: 2,
  contact: 195,
  entryMade: 4,
  entry: 3,
  personKept: 50,
} as const;

/** The work of reading back (and checking) this many staged contacts and interactions. */
export const readWork = (contacts: number, interactions: number): number =>
  COMMIT_WORK.contactRead * contacts + COMMIT_WORK.entryRead * interactions;

/** The work of making the threads of this many staged interactions. */
export const threadsWork = (interactions: number): number => COMMIT_WORK.entryMade * interactions;

/** The work of writing what the commit found changed: contacts, entries added, people whose threads it wrote. */
export const writeWork = (contacts: number, entries: number, people: number): number =>
  COMMIT_WORK.contact * contacts + COMMIT_WORK.entry * entries + COMMIT_WORK.personKept * people;

/**
 * The commit's whole work before it has read anything, from the records the page says it staged (0 when it did not
 * say): each read back, every interaction's thread made, and written as a first import writes them, every contact
 * new and every person with entries (at most as many as the lesser count) kept. The page is not trusted: each count
 * is taken as at most what `chunks` of `chunkSize` can hold, and a wrong one only moves the estimate until the
 * commit knows its work exactly.
 */
export function estimatedWork(said: StagedCounts | undefined, chunks: number, chunkSize: number): number {
  if (!said) return 0;
  const most = chunks * chunkSize;
  const contacts = Math.min(said.contacts, most);
  const interactions = Math.min(said.interactions, most);
  return (
    readWork(contacts, interactions) +
    threadsWork(interactions) +
    writeWork(contacts, interactions, Math.min(contacts, interactions))
  );
}
