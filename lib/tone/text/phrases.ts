import type { Token } from './tokenize';

/** A compiled list of word sequences; a word ending in `*` matches by prefix ("thank*"). */
export interface PhraseSet {
  byFirst: Map<string, string[][]>;
  prefixFirst: string[][];
}

export interface PhraseMatch {
  phrase: string;
  /** Indices into the word-token list, [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export function phraseSet(phrases: readonly string[]): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  const prefixFirst: string[][] = [];
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(' ');
    const head = words[0]!;
    if (head.endsWith('*')) {
      prefixFirst.push(words);
      continue;
    }
    const bucket = byFirst.get(head) ?? [];
    bucket.push(words);
    byFirst.set(head, bucket);
  }
  // Longest first, so "sorry to bother you" wins over "sorry".
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.length - a.length);
  return { byFirst, prefixFirst };
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
}

function matchAt(words: readonly Token[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (!wordMatches(phrase[k]!, words[at + k]!.norm)) return false;
  }
  return true;
}

/** True when `phrase` occurs in `words` starting at index `at`. */
export function phraseAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (!wordMatches(phrase[k]!, words[at + k]!)) return false;
  }
  return true;
}

/** Index of the first word where a phrase of the set starts, or -1. */
export function indexOfPhrase(words: readonly string[], set: PhraseSet): number {
  for (let i = 0; i < words.length; i++) {
    const candidates = set.byFirst.get(words[i]!);
    if (candidates?.some((phrase) => phraseAt(words, i, phrase))) return i;
    if (set.prefixFirst.some((phrase) => phraseAt(words, i, phrase))) return i;
  }
  return -1;
}

/** True when any phrase of the set occurs anywhere in `words`. */
export function containsPhrase(words: readonly string[], set: PhraseSet): boolean {
  return indexOfPhrase(words, set) >= 0;
}

/** Non-overlapping matches, left to right; work is bounded by words × phrases sharing a first word. */
export function findPhrases(words: readonly Token[], set: PhraseSet): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = set.byFirst.get(words[i]!.norm);
    const hit =
      candidates?.find((phrase) => matchAt(words, i, phrase)) ??
      set.prefixFirst.find((phrase) => matchAt(words, i, phrase));
    if (!hit) continue;
    const last = i + hit.length - 1;
    found.push({ phrase: hit.join(' '), first: i, last, start: words[i]!.start, end: words[last]!.end });
    i = last;
  }
  return found;
}
