import type { EntityTable } from 'dexie';
import { SEARCHED_FIELDS, searchWordsOf } from '../contacts/search-words';
import type { Contact } from '../schema/contact';

type Indexed = Contact & { searchWords?: string[] };

/**
 * Keeps every contact's search words in step with the fields they are made of, whichever path wrote it
 * (capture, edit, import, restore): the index cannot drift from the fields it is made of.
 */
export function keepSearchWords(contacts: EntityTable<Contact, 'id'>): void {
  contacts.hook('creating', (_key, contact: Indexed) => {
    contact.searchWords = searchWordsOf(contact);
  });
  contacts.hook('updating', (changes: Partial<Contact>, _key, contact: Indexed) => {
    if (!SEARCHED_FIELDS.some((field) => field in changes)) return undefined;
    return { searchWords: searchWordsOf({ ...contact, ...changes }) };
  });
}

/** A contact as the user's data, without the search index's words (a backup carries data, not indexes). */
export function withoutSearchWords({ searchWords: _, ...contact }: Indexed): Contact {
  return contact;
}
