import { searchWordsOf } from '../contacts/search-words';
import type { Contact } from '../schema/contact';

/**
 * How the contacts' search words are stored (schema v21): in rows of words that start alike, each word with the
 * people it finds, instead of a multi-entry index on the contacts. Chromium's IndexedDB keeps an index entry per
 * word of every contact written (~6 for an imported one); the rows are written once per import, a few hundred of
 * them. Derived from the contacts, never written directly (lib/db/search-words-middleware.ts).
 */
export const SEARCH_WORD_STORE = 'searchWordRows';

/** The letters of a word that pick its row: short enough for a one-letter search to read a few rows. */
const PREFIX_LENGTH = 2;

/** The words that start with `prefix`, each with the ids of the people it finds (sorted). */
export interface SearchWordRow {
  prefix: string;
  words: Record<string, string[]>;
}

/** The row a word is kept in: its first letters (whole characters, not halves of a surrogate pair). */
export const prefixOf = (word: string): string => [...word].slice(0, PREFIX_LENGTH).join('');

/** A contact's search words, from its fields (the row it is stored in no longer carries them). */
export const wordsOfContact = (contact: Contact | undefined): string[] =>
  contact ? searchWordsOf(contact) : [];

/** What changes in the rows for one person: the words they are no longer found by, and the new ones. */
export interface WordChange {
  contactId: string;
  removed: readonly string[];
  added: readonly string[];
}

/** The change from a person's words before to after (nothing when they are the same). */
export function changeOf(contactId: string, before: readonly string[], after: readonly string[]): WordChange {
  const was = new Set(before);
  const now = new Set(after);
  return {
    contactId,
    removed: before.filter((word) => !now.has(word)),
    added: after.filter((word) => !was.has(word)),
  };
}

/** The rows these changes touch, by prefix. */
export function prefixesOf(changes: readonly WordChange[]): string[] {
  const prefixes = new Set<string>();
  for (const { removed, added } of changes)
    for (const word of [...removed, ...added]) prefixes.add(prefixOf(word));
  return [...prefixes];
}

/**
 * The rows `stored` (by prefix, those asked for) with these changes made: every row changed, or null where the row
 * is left empty (to delete).
 */
export function rowsWith(
  stored: ReadonlyMap<string, SearchWordRow | undefined>,
  changes: readonly WordChange[],
): Map<string, SearchWordRow | null> {
  const words = new Map<string, Map<string, Set<string>>>();
  const wordsIn = (prefix: string) => {
    let row = words.get(prefix);
    if (!row) {
      const kept = stored.get(prefix)?.words ?? {};
      row = new Map(Object.entries(kept).map(([word, ids]) => [word, new Set(ids)]));
      words.set(prefix, row);
    }
    return row;
  };
  for (const { contactId, removed, added } of changes) {
    for (const word of removed) {
      const row = wordsIn(prefixOf(word));
      row.get(word)?.delete(contactId);
      if (row.get(word)?.size === 0) row.delete(word);
    }
    for (const word of added) {
      const row = wordsIn(prefixOf(word));
      const ids = row.get(word);
      if (ids) ids.add(contactId);
      else row.set(word, new Set([contactId]));
    }
  }
  const rows = new Map<string, SearchWordRow | null>();
  for (const [prefix, row] of words) rows.set(prefix, row.size ? rowOf(prefix, row) : null);
  return rows;
}

/** A row in its stored shape: words and ids sorted, so a row depends on what it holds, not on the order of writes. */
function rowOf(prefix: string, words: ReadonlyMap<string, ReadonlySet<string>>): SearchWordRow {
  const sorted = [...words].sort(([a], [b]) => (a < b ? -1 : 1));
  return { prefix, words: Object.fromEntries(sorted.map(([word, ids]) => [word, [...ids].sort()])) };
}

/** The rows of these contacts' words, made from scratch: a migration's, a re-index's, or a check's. */
export function wordRowsOf(contacts: readonly Contact[]): SearchWordRow[] {
  const changes = contacts.map((contact) => changeOf(contact.id, [], wordsOfContact(contact)));
  return [...rowsWith(new Map(), changes).values()].filter((row): row is SearchWordRow => row !== null);
}

/** The key range of the rows that may hold words starting with `part`: its own row, or every row it starts. */
export function rowsFor(part: string): { from: string; to: string } {
  const prefix = prefixOf(part);
  return prefix.length < PREFIX_LENGTH
    ? { from: prefix, to: `${prefix}\uffff` }
    : { from: prefix, to: prefix };
}

/** The ids of the people found by a word of these rows starting with `part`, in the order of their words. */
export function idsStartingWith(rows: readonly SearchWordRow[], part: string): string[] {
  const ids = new Set<string>();
  for (const row of rows)
    for (const [word, found] of Object.entries(row.words))
      if (word.startsWith(part)) for (const id of found) ids.add(id);
  return [...ids];
}

/** The ids of the people found by any of these whole words, read from the rows that hold them (each once). */
export async function idsWithWords(
  getRows: (prefixes: string[]) => PromiseLike<readonly (SearchWordRow | undefined)[]>,
  words: readonly string[],
): Promise<string[]> {
  const rows = await getRows([...new Set(words.map(prefixOf))]);
  const ids = new Set<string>();
  for (const word of words) for (const row of rows) for (const id of row?.words[word] ?? []) ids.add(id);
  return [...ids];
}
