import { searchWordsOf } from '../../contacts/search-words';
import type { Contact } from '../../schema/contact';
import type { SchemaVersion } from './types';

// Search by any word of a name, company or tag ("Lindqvist" finds "Ada Lindqvist"), through a multi-entry
// index kept current on every write (lib/db/search-words-middleware.ts). Existing contacts get theirs here.
export const v4: SchemaVersion = {
  version: 4,
  stores: {
    contacts: 'id, name, company, lastSeenAt, lastInteractionAt, cadenceDays, *tags, *searchWords',
  },
  async upgrade(tx) {
    await tx
      .table('contacts')
      .toCollection()
      .modify((contact: Contact & { searchWords?: string[] }) => {
        contact.searchWords = searchWordsOf(contact);
      });
  },
};
