import type { Contact } from '../schema/contact';

/** Enough for a long name, a company and a handful of tags; the index stays small per contact. */
const MAX_WORDS = 40;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, and without accents, so "tomas" finds "Tomás" and "Tomás" finds "Tomas". */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text as search keys, in order, each once. */
export function wordsOf(text: string): string[] {
  return [...new Set((text.match(WORD) ?? []).map(foldWord))];
}

/** What a contact can be found by: every word of the name, the company and the tags. */
export function searchWordsOf(contact: Pick<Contact, 'name' | 'company' | 'tags'>): string[] {
  return wordsOf([contact.name, contact.company, ...contact.tags].join(' ')).slice(0, MAX_WORDS);
}
