const VOWEL_GROUP = /[aeiouy]+/g;

/** Vowel groups, less a silent final "e": the usual estimate behind readability formulas. */
export function syllables(word: string): number {
  const groups = word.match(VOWEL_GROUP)?.length ?? 0;
  const silentE = word.length > 2 && word.endsWith('e') && !word.endsWith('le') ? 1 : 0;
  return Math.max(1, groups - silentE);
}

/** Flesch reading ease: 60–70 is plain English, under 30 is academic prose. */
export function readingEase(words: readonly string[], sentences: number): number {
  if (words.length === 0 || sentences === 0) return 100;
  const total = words.reduce((sum, word) => sum + syllables(word), 0);
  return 206.835 - 1.015 * (words.length / sentences) - 84.6 * (total / words.length);
}
