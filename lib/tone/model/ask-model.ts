import { askFeatures } from '../features/ask-features';
import type { Draft } from '../text/draft';
import type { Sentence } from '../text/sentences';
import { type CompiledModel, probability } from './logistic';

/** Probability that a sentence asks something of the reader (a request or a proposal). */
export function sentenceAskProbability(model: CompiledModel, sentence: Sentence): number {
  return probability(model, askFeatures, sentence);
}

/** The same for each sentence of a draft. */
export function sentenceAskProbabilities(model: CompiledModel, draft: Draft): number[] {
  return draft.sentences.map((sentence) => sentenceAskProbability(model, sentence));
}

/** A draft asks when its most ask-like sentence does. */
export function draftAskProbability(model: CompiledModel, draft: Draft): number {
  return Math.max(0, ...sentenceAskProbabilities(model, draft));
}
