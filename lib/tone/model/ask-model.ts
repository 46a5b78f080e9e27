import { askFeatures } from '../features/ask-features';
import type { Draft } from '../text/draft';
import { type CompiledModel, probability } from './logistic';

/** Probability that each sentence asks something of the reader (a request or a proposal). */
export function sentenceAskProbabilities(model: CompiledModel, draft: Draft): number[] {
  return draft.sentences.map((sentence) => probability(model, askFeatures, sentence));
}

/** A draft asks when its most ask-like sentence does. */
export function draftAskProbability(model: CompiledModel, draft: Draft): number {
  return Math.max(0, ...sentenceAskProbabilities(model, draft));
}
