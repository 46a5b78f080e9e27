import { SEARCH_WORDS_VERSION } from '../contacts/search-words';
import type { Contact } from '../schema/contact';
import type { RapportDatabase } from './database';
import { wordRowsOf } from './search-word-rows';

/** Where the version of the stored search words is kept; storage is passed in so this stays testable in Node. */
export interface MarkerStore {
  get(): Promise<number | undefined>;
  set(version: number): Promise<void>;
}

/**
 * Makes the search-word rows again from every contact once after searchWordsOf changed what it derives: the
 * middleware keeps new writes current, this brings the words of the contacts stored before. Idempotent, so a
 * worker stopped half-way simply does it again on its next start.
 */
export async function reindexSearchWords(db: RapportDatabase, marker: MarkerStore): Promise<boolean> {
  if ((await marker.get()) === SEARCH_WORDS_VERSION) return false;
  await db.transaction('rw', db.contacts, db.searchWordRows, async () => {
    const contacts: Contact[] = await db.contacts.toArray();
    await db.searchWordRows.clear();
    await db.searchWordRows.bulkPut(wordRowsOf(contacts));
  });
  await marker.set(SEARCH_WORDS_VERSION);
  return true;
}
