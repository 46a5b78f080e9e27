import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { searchWordsOf } from '../contacts/search-words';
import type { Contact } from '../schema/contact';

type Indexed = Contact & { searchWords?: string[] };

/**
 * Keeps every contact's search words in step with its name, company and tags, whichever path wrote it
 * (capture, edit, import, restore): the index cannot drift from the fields it is made of. Computed from the row
 * being written, at the lowest layer, so a bulk write reads nothing first (Dexie's updating hook read every
 * stored contact again before a bulkPut).
 */
export const searchWordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'contact-search-words',
  create(down) {
    const contacts = down.schema.tables.find((table) => table.name === 'contacts');
    if (!contacts?.indexes.some((index) => index.name === 'searchWords')) return down;
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        return name === 'contacts' ? withSearchWords(table) : table;
      },
    };
  },
};

function withSearchWords(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      const values = (req.values as Indexed[]).map((contact) => ({
        ...contact,
        searchWords: searchWordsOf(contact),
      }));
      return table.mutate({ ...req, values });
    },
  };
}

/** A contact as the user's data, without the search index's words (a backup carries data, not indexes). */
export function withoutSearchWords({ searchWords: _, ...contact }: Indexed): Contact {
  return contact;
}
