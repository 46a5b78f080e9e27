/** Vowel groups, less a silent final "e": the usual estimate behind readability formulas. */
export function syllables(word: string): number {
  let groups = 0;
  let inVowel = false;
  for (let i = 0; i < word.length; i++) {
    const vowel = 'aeiouy'.includes(word[i]!);
    if (vowel && !inVowel) groups++;
    inVowel = vowel;
  }
  const silentE = word.length > 2 && word.endsWith('e') && !word.endsWith('le') ? 1 : 0;
  return Math.max(1, groups - silentE);
}

/** Flesch reading ease: 60–70 is plain English, under 30 is academic prose. */
export function readingEase(words: readonly string[], sentences: number): number {
  if (words.length === 0 || sentences === 0) return 100;
  let total = 0;
  for (const word of words) total += syllables(word);
  return 206.835 - 1.015 * (words.length / sentences) - 84.6 * (total / words.length);
}
