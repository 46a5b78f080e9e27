import { wordsOf } from '../../contacts/search-words';
import type { Contact } from '../../schema/contact';
import type { RapportDatabase } from '../database';
import { idsStartingWith, rowsFor, type SearchWordRow } from '../search-word-rows';

export const SEARCH_LIMIT = 50;
/** People read once the words have narrowed them; a bound on the work per keystroke. */
const CANDIDATE_LIMIT = 500;

/** The rows that may hold words starting with `part`. */
export function wordRowsFor(db: RapportDatabase, part: string): Promise<SearchWordRow[]> {
  const { from, to } = rowsFor(part);
  return db.searchWordRows.where('prefix').between(from, to, true, true).toArray();
}

/**
 * People with a word of their name, company, tags, headline or location starting with each word of the query, ignoring case and
 * accents ("lind ada" finds "Ada Lindqvist"), through the search-word rows (lib/db/search-word-rows.ts): the
 * people each word finds, of whom those all of them find are read; most recent first.
 */
export async function searchContacts(db: RapportDatabase, query: string): Promise<Contact[]> {
  const parts = wordsOf(query);
  if (!parts.length) return [];
  const found = await Promise.all(
    parts.map(async (part) => idsStartingWith(await wordRowsFor(db, part), part)),
  );
  const [first, ...rest] = found;
  const others = rest.map((ids) => new Set(ids));
  const ids = first!.filter((id) => others.every((set) => set.has(id))).slice(0, CANDIDATE_LIMIT);
  const people = (await db.contacts.bulkGet(ids)).filter((contact): contact is Contact => !!contact);
  return people.sort((a, b) => b.lastInteractionAt - a.lastInteractionAt).slice(0, SEARCH_LIMIT);
}
