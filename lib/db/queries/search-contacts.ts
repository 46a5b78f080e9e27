import type { Contact } from '../../schema/contact';
import type { RapportDatabase } from '../database';

export const SEARCH_LIMIT = 50;

/**
 * People whose name, company or a tag starts with the query, case-insensitively, through the name, company
 * and tags indexes. Prefix matching is what an index can answer without reading every contact.
 */
export async function searchContacts(db: RapportDatabase, query: string): Promise<Contact[]> {
  const needle = query.trim();
  if (!needle) return [];
  const matches = await Promise.all(
    (['name', 'company', 'tags'] as const).map((index) =>
      db.contacts.where(index).startsWithIgnoreCase(needle).limit(SEARCH_LIMIT).toArray(),
    ),
  );
  const byId = new Map(matches.flat().map((contact) => [contact.id, contact]));
  return [...byId.values()].sort((a, b) => b.lastInteractionAt - a.lastInteractionAt).slice(0, SEARCH_LIMIT);
}
