import type { StagedCounts } from '../protocol/import-messages';

/**
 * What each thing an import's commit does costs, against adding one entry to a person's thread: a staged contact
 * and a staged interaction read back and checked, a contact written (its indexes and search words), an entry
 * added, a person's summary and open follow-up kept once at the end. The progress the page reads (import/progress)
 * is in these. From the chromium-import bench's background steps at schema v21 (30,000 + 200,000, n = 3, quiet:
 * read the staged chunks 3.18 s, write contacts 6.25 s, write threads 0.61 s for 230,000 entries, keep summaries,
 * cards and search words 1.37 s for 30,000 people), with the read split between contacts and interactions as their
 * schemas' check splits it in Node (a contact ~11× an interaction): about 24 : 2 : 78 : 1 : 17.
 */
export const COMMIT_WORK = { contactRead: 24, entryRead: 2, contact: 78, entry: 1, personKept: 17 } as const;

/** The work of reading back (and checking) this many staged contacts and interactions. */
export const readWork = (contacts: number, interactions: number): number =>
  COMMIT_WORK.contactRead * contacts + COMMIT_WORK.entryRead * interactions;

/** The work of writing what the commit found changed: contacts, entries added, people whose threads it wrote. */
export const writeWork = (contacts: number, entries: number, people: number): number =>
  COMMIT_WORK.contact * contacts + COMMIT_WORK.entry * entries + COMMIT_WORK.personKept * people;

/**
 * The commit's whole work before it has read anything, from the records the page says it staged (0 when it did not
 * say): each read back, and written as a first import writes them, every contact new and every person with entries
 * (at most as many as the lesser count) kept. The page is not trusted: each count is taken as at most what `chunks`
 * of `chunkSize` can hold, and a wrong one only moves the estimate until the commit knows its work exactly.
 */
export function estimatedWork(said: StagedCounts | undefined, chunks: number, chunkSize: number): number {
  if (!said) return 0;
  const most = chunks * chunkSize;
  const contacts = Math.min(said.contacts, most);
  const interactions = Math.min(said.interactions, most);
  return (
    readWork(contacts, interactions) + writeWork(contacts, interactions, Math.min(contacts, interactions))
  );
}
