import type { Token } from './tokenize';

/** One word of a phrase: an exact word, or a stem when written with a trailing `*` ("thank*"). */
interface PhraseWord {
  text: string;
  isStem: boolean;
}

interface Phrase {
  /** The phrase as listed, lower-cased and single-spaced. */
  key: string;
  words: PhraseWord[];
}

/** A compiled list of word sequences, indexed by first word so matching costs a map lookup per word. */
export interface PhraseSet {
  byFirst: Map<string, Phrase[]>;
  /** Phrases that start with a stem, indexed by the stem's first character. */
  byStemInitial: Map<number, Phrase[]>;
}

export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
}

export function phraseSet(phrases: readonly string[]): PhraseSet {
  const byFirst = new Map<string, Phrase[]>();
  const byStemInitial = new Map<number, Phrase[]>();
  const add = <K>(map: Map<K, Phrase[]>, key: K, phrase: Phrase) =>
    map.set(key, [...(map.get(key) ?? []), phrase]);
  for (const listed of phrases) {
    const key = listed.toLowerCase();
    const words = key.split(' ').map((word) => {
      const isStem = word.endsWith('*');
      return { text: isStem ? word.slice(0, -1) : word, isStem };
    });
    const phrase = { key, words };
    if (words[0]!.isStem) add(byStemInitial, words[0]!.text.charCodeAt(0), phrase);
    else add(byFirst, words[0]!.text, phrase);
  }
  // Longest first, so "sorry to bother you" wins over "sorry".
  for (const bucket of [...byFirst.values(), ...byStemInitial.values()]) {
    bucket.sort((a, b) => b.words.length - a.words.length);
  }
  return { byFirst, byStemInitial };
}

function phraseAt(words: readonly string[], at: number, phrase: Phrase): boolean {
  if (at + phrase.words.length > words.length) return false;
  for (let k = 0; k < phrase.words.length; k++) {
    const pattern = phrase.words[k]!;
    const word = words[at + k]!;
    if (pattern.isStem ? !word.startsWith(pattern.text) : pattern.text !== word) return false;
  }
  return true;
}

function firstInBucket(words: readonly string[], at: number, bucket: Phrase[] | undefined): Phrase | null {
  if (bucket) for (const phrase of bucket) if (phraseAt(words, at, phrase)) return phrase;
  return null;
}

function firstMatchAt(words: readonly string[], at: number, set: PhraseSet): Phrase | null {
  const word = words[at]!;
  const exact = firstInBucket(words, at, set.byFirst.get(word));
  if (exact || set.byStemInitial.size === 0) return exact;
  return firstInBucket(words, at, set.byStemInitial.get(word.charCodeAt(0)));
}

/** Index of the first word where a phrase of the set starts, or -1. */
export function indexOfPhrase(words: readonly string[], set: PhraseSet): number {
  for (let i = 0; i < words.length; i++) if (firstMatchAt(words, i, set)) return i;
  return -1;
}

/** True when any phrase of the set occurs anywhere in `words`. */
export function containsPhrase(words: readonly string[], set: PhraseSet): boolean {
  return indexOfPhrase(words, set) >= 0;
}

/** Non-overlapping matches over word tokens, left to right, with their character ranges. */
export function findPhrases(
  { words: tokens, norms: words }: { words: readonly Token[]; norms: readonly string[] },
  set: PhraseSet,
): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = firstMatchAt(words, i, set);
    if (!hit) continue;
    const last = i + hit.words.length - 1;
    found.push({ phrase: hit.key, start: tokens[i]!.start, end: tokens[last]!.end });
    i = last;
  }
  return found;
}
