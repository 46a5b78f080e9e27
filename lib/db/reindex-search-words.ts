import { SEARCH_WORDS_VERSION, searchWordsOf } from '../contacts/search-words';
import type { Contact } from '../schema/contact';
import type { RapportDatabase } from './database';

/** Where the version of the stored search words is kept; storage is passed in so this stays testable in Node. */
export interface MarkerStore {
  get(): Promise<number | undefined>;
  set(version: number): Promise<void>;
}

/**
 * Re-derives every contact's search words once after searchWordsOf learnt new fields (headline and location):
 * the hook keeps new writes current, this brings the contacts stored before. Idempotent, so a worker stopped
 * half-way simply does it again on its next start.
 */
export async function reindexSearchWords(db: RapportDatabase, marker: MarkerStore): Promise<boolean> {
  if ((await marker.get()) === SEARCH_WORDS_VERSION) return false;
  await db.contacts.toCollection().modify((contact: Contact & { searchWords?: string[] }) => {
    contact.searchWords = searchWordsOf(contact);
  });
  await marker.set(SEARCH_WORDS_VERSION);
  return true;
}
