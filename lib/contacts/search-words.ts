import type { Contact } from '../schema/contact';

/** Enough for a long name, a company, a headline, a place and a handful of tags; the index stays small per contact. */
const MAX_WORDS = 60;

/**
 * Bumped whenever searchWordsOf changes what it derives, so stored contacts are re-indexed once
 * (lib/db/reindex-search-words.ts) without a schema version.
 */
export const SEARCH_WORDS_VERSION = 2;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, and without accents, so "tomas" finds "Tomás" and "Tomás" finds "Tomas". */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text as search keys, in order, each once. */
export function wordsOf(text: string): string[] {
  return [...new Set((text.match(WORD) ?? []).map(foldWord))];
}

/**
 * What a contact can be found by: every word of the name, the company, the tags, the headline and the location
 * (in that order, so a long headline never pushes the name out).
 */
export function searchWordsOf(
  contact: Pick<Contact, 'name' | 'company' | 'tags'> & Partial<Pick<Contact, 'headline' | 'location'>>,
): string[] {
  return wordsOf(
    [contact.name, contact.company, ...contact.tags, contact.headline ?? '', contact.location ?? ''].join(
      ' ',
    ),
  ).slice(0, MAX_WORDS);
}
