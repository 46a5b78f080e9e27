import type { Draft } from '../text/draft';
import type { Emit } from './emit';
import { sentenceStrategies } from './strategies';

const SHOUTED_WORD = /^[A-Z]{3,}$/;

function lengthBucket(words: number): string {
  if (words < 8) return 'short';
  if (words < 30) return 'medium';
  return 'long';
}

/**
 * The politeness model's input: strategies ("strategy:gratitude"), a few shape cues and the words themselves
 * ("word:thanks"). Binary: each feature is emitted once, as in the paper.
 */
export function politenessFeatures(draft: Draft, emit: Emit): void {
  const strategies = new Set<string>();
  let questions = 0;
  for (const sentence of draft.sentences) {
    if (sentence.isQuestion) questions++;
    for (const strategy of sentenceStrategies(sentence)) strategies.add(strategy);
  }
  for (const strategy of strategies) emit('strategy', strategy);
  if (questions > 0) emit('shape', questions > 1 ? 'questions' : 'question');
  emit('shape', lengthBucket(draft.words.length));
  const words = new Set<string>();
  let shouting = false;
  let exclamation = false;
  for (const token of draft.tokens) {
    if (token.kind === 'word') {
      words.add(token.norm);
      shouting ||= SHOUTED_WORD.test(token.text);
    } else exclamation ||= token.text === '!';
  }
  if (shouting) emit('shape', 'shouting');
  if (exclamation) emit('shape', 'exclamation');
  for (const word of words) emit('word', word);
}
