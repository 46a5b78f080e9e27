import { foldWord } from '../contacts/search-words';
import type { Contact } from '../schema/contact';

// Social proof starts with knowing WHICH of your contacts LinkedIn means by "Ada Lindqvist and 3 other mutual
// connections". A wrong match would suggest asking a stranger for an intro, so a name resolves to a contact only
// when it can mean no one else; everything short of that is put to the user as a question, never guessed.

/** Titles, degrees and post-nominals people add to their LinkedIn name; they say nothing about who it is. */
const NOISE_WORDS = new Set([
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'mx',
  'sir',
  'phd',
  'mba',
  'msc',
  'bsc',
  'ma',
  'ba',
  'md',
  'cpa',
  'cfa',
  'pmp',
  'peng',
  'esq',
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
]);
const WORD = /[\p{L}\p{N}]+\.?/gu;
/** "(She/Her)", "[he/him]", "(Hiring)": asides LinkedIn names often carry. */
const ASIDE = /[([{][^)\]}]*[)\]}]/g;

export interface NameParts {
  /** Folded words in order, noise removed; a word of one letter (with or without a dot) is an initial. */
  words: string[];
}

/** Lower-cased, accent-free words of a displayed name, without titles, pronouns, emoji or post-nominals. */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  for (const raw of name.replace(ASIDE, ' ').match(WORD) ?? []) {
    const word = foldWord(raw.replace(/\.$/, ''));
    if (!word || NOISE_WORDS.has(word)) continue;
    words.push(word);
  }
  return words;
}

const isInitial = (word: string) => word.length === 1;

/** How a shown name fits a contact's name. */
export type NameFit = 'exact' | 'initial' | 'partial' | 'none';

/**
 * Exact: the same words (accents, case, titles aside). Initial: first and last words agree where one side shows
 * only an initial ("J. Smith", "Ada L."). Partial: first and last words agree, with a middle name on one side only.
 */
export function nameFit(shown: readonly string[], known: readonly string[]): NameFit {
  if (shown.length === 0 || known.length === 0) return 'none';
  if (shown.length === known.length && shown.every((word, i) => word === known[i])) return 'exact';
  if (shown.length < 2 || known.length < 2) return 'none';
  const wordsAgree = (a: string, b: string) =>
    a === b
      ? 'same'
      : (isInitial(a) && b.startsWith(a)) || (isInitial(b) && a.startsWith(b))
        ? 'initial'
        : null;
  const first = wordsAgree(shown[0]!, known[0]!);
  const last = wordsAgree(shown.at(-1)!, known.at(-1)!);
  if (!first || !last) return 'none';
  if (first === 'initial' && last === 'initial') return 'none';
  if (first === 'initial' || last === 'initial') return 'initial';
  return 'partial';
}

/** What one name LinkedIn shows resolves to. */
export type MutualMatch =
  | { shownName: string; status: 'matched'; contact: Contact; fit: 'exact' | 'confirmed' }
  /** More than one contact could be meant, or only a looser fit than an exact name: the user decides. */
  | {
      shownName: string;
      status: 'ask';
      reason: 'duplicate' | 'initial' | 'partial';
      candidates: Contact[];
    }
  | { shownName: string; status: 'unknown' };

/** A choice the user made for a shown name on one profile: the contact meant, or null for "none of these". */
export type MutualChoices = ReadonlyMap<string, string | null>;

/** The key a user's choice is kept under: per profile, since two of your connections may share a name. */
export const mutualChoiceKey = (shownName: string) => nameWords(shownName).join(' ');

/**
 * A mutual connection is by definition one of YOUR connections: a contact known to be 2nd or 3rd degree cannot be
 * meant, so it is never offered. Unknown degree stays in (an imported connection, an old capture).
 */
const couldBeMyConnection = (contact: Contact) =>
  contact.degree === 1 || contact.degree === null || contact.connectedAt !== null;

const FIT_ORDER: NameFit[] = ['exact', 'initial', 'partial'];

/** Resolves one shown name against the candidate contacts. */
export function matchMutual(
  shownName: string,
  candidates: readonly Contact[],
  choices: MutualChoices = new Map(),
): MutualMatch {
  const shown = nameWords(shownName);
  const chosen = choices.get(shown.join(' '));
  if (chosen === null) return { shownName, status: 'unknown' };
  if (chosen !== undefined) {
    const contact = candidates.find((c) => c.id === chosen);
    if (contact) return { shownName, status: 'matched', contact, fit: 'confirmed' };
  }
  const byFit = new Map<NameFit, Contact[]>();
  for (const contact of candidates) {
    if (!couldBeMyConnection(contact)) continue;
    const fit = nameFit(shown, nameWords(contact.name));
    if (fit === 'none') continue;
    byFit.set(fit, [...(byFit.get(fit) ?? []), contact]);
  }
  const best = FIT_ORDER.find((fit) => byFit.has(fit));
  if (!best) return { shownName, status: 'unknown' };
  const found = byFit.get(best)!;
  if (best === 'exact' && found.length === 1) {
    // A looser fit elsewhere ("Ada M. Lindqvist" beside "Ada Lindqvist") could be the person LinkedIn means too.
    const looser = FIT_ORDER.slice(1).flatMap((fit) => byFit.get(fit) ?? []);
    if (looser.length === 0) return { shownName, status: 'matched', contact: found[0]!, fit: 'exact' };
    return { shownName, status: 'ask', reason: 'duplicate', candidates: [...found, ...looser] };
  }
  const all = FIT_ORDER.flatMap((fit) => byFit.get(fit) ?? []);
  const reason = all.length > 1 ? 'duplicate' : (best as 'initial' | 'partial');
  return { shownName, status: 'ask', reason, candidates: all };
}

/**
 * Resolves every shown name. The same contact reached from two shown names (LinkedIn repeating a name) is kept
 * once, on its first name; the same shown name twice is resolved once.
 */
export function matchMutuals(
  shownNames: readonly string[],
  candidates: readonly Contact[],
  choices: MutualChoices = new Map(),
): MutualMatch[] {
  const seenNames = new Set<string>();
  const seenContacts = new Set<string>();
  const matches: MutualMatch[] = [];
  for (const shownName of shownNames) {
    const key = mutualChoiceKey(shownName);
    if (!key || seenNames.has(key)) continue;
    seenNames.add(key);
    const match = matchMutual(shownName, candidates, choices);
    if (match.status === 'matched') {
      if (seenContacts.has(match.contact.id)) continue;
      seenContacts.add(match.contact.id);
    }
    matches.push(match);
  }
  return matches;
}

/** The words a candidate search needs for each shown name: its last full word (initials find too much). */
export function candidateKeys(shownNames: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of shownNames) {
    const words = nameWords(name);
    const full = words.filter((word) => !isInitial(word));
    const key = full.at(-1);
    if (key) keys.add(key);
    // "Ada L." is found by its first name.
    if (words.length > 1 && isInitial(words.at(-1)!) && full[0]) keys.add(full[0]);
  }
  return [...keys];
}
