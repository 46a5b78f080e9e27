import type { Draft } from '../text/draft';
import { sentenceStrategies } from './strategies';

const SHOUTED_WORD = /^[A-Z]{3,}$/;

function lengthBucket(words: number): string {
  if (words < 8) return 'shape:short';
  if (words < 30) return 'shape:medium';
  return 'shape:long';
}

/**
 * The politeness model's input: strategy names ("strategy:gratitude"), a few shape cues and the words
 * themselves ("word:thanks"). Binary and de-duplicated, as in the paper.
 */
export function politenessFeatures(draft: Draft): string[] {
  const features = new Set<string>();
  let questions = 0;
  for (const sentence of draft.sentences) {
    if (sentence.isQuestion) questions++;
    for (const strategy of sentenceStrategies(sentence)) features.add(`strategy:${strategy}`);
  }
  if (questions > 0) features.add(questions > 1 ? 'shape:questions' : 'shape:question');
  features.add(lengthBucket(draft.words.length));
  for (const token of draft.tokens) {
    if (token.kind === 'word') {
      features.add(`word:${token.norm}`);
      if (SHOUTED_WORD.test(token.text)) features.add('shape:shouting');
    } else if (token.text === '!') features.add('shape:exclamation');
  }
  return [...features];
}
