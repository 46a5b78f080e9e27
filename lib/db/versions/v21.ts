import type { Contact } from '../../schema/contact';
import { wordRowsOf } from '../search-word-rows';
import type { SchemaVersion } from './types';

// Import speed (issue 13, item 2). A contact's search words were a multi-entry index on the contacts (v4), an index
// entry per word kept on every contact written: ~6 for an imported one, 180,000 for an import of 30,000. They are
// now kept in rows of words that start alike, each word with the people it finds (lib/db/search-word-rows.ts), a
// few hundred rows written once per import; the contacts no longer carry them.
export const v21: SchemaVersion = {
  version: 21,
  stores: {
    contacts: 'id, name, lastSeenAt, lastInteractionAt, roleChangedAt, *aliases',
    searchWordRows: 'prefix',
  },
  async upgrade(tx) {
    const contacts = tx.table('contacts');
    await contacts.toCollection().modify((contact: Contact & { searchWords?: string[] }) => {
      delete contact.searchWords;
    });
    // Made from what the contacts hold now, whatever searchWordsOf derived when their words were stored.
    await tx.table('searchWordRows').bulkPut(wordRowsOf(await contacts.toArray()));
  },
};
