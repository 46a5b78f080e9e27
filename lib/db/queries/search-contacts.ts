import { wordsOf } from '../../contacts/search-words';
import type { Contact } from '../../schema/contact';
import type { RapportDatabase } from '../database';

export const SEARCH_LIMIT = 50;
/** Candidates read for the first word before the other words narrow them; a bound on the work per keystroke. */
const CANDIDATE_LIMIT = 500;

/**
 * People with a word of their name, company, tags, headline or location starting with each word of the query, ignoring case and
 * accents ("lind ada" finds "Ada Lindqvist"), through the multi-entry search-words index; most recent first.
 */
export async function searchContacts(db: RapportDatabase, query: string): Promise<Contact[]> {
  const [first, ...rest] = wordsOf(query);
  if (!first) return [];
  const candidates = await db.contacts
    .where('searchWords')
    .startsWith(first)
    .distinct()
    .limit(CANDIDATE_LIMIT)
    .toArray();
  const matches = candidates.filter((contact) => {
    const words = (contact as Contact & { searchWords?: string[] }).searchWords ?? [];
    return rest.every((part) => words.some((word) => word.startsWith(part)));
  });
  return matches.sort((a, b) => b.lastInteractionAt - a.lastInteractionAt).slice(0, SEARCH_LIMIT);
}
