// How each tone model is built from its data: shared by train-tone (which writes the shipped weights) and
// eval-tone (which retrains per fold), so the evaluated model is the shipped one.
import { askFeatures } from '../../lib/tone/features/ask-features';
import { featureNames } from '../../lib/tone/features/emit';
import { politenessFeatures } from '../../lib/tone/features/politeness-features';
import { draftAskProbability } from '../../lib/tone/model/ask-model';
import { type CompiledModel, type LogisticModel, probability } from '../../lib/tone/model/logistic';
import { type Draft, readDraft } from '../../lib/tone/text/draft';
import type { LabelledText } from './datasets';
import { type Example, type TrainOptions, trainLogistic } from './train-logistic';

export interface DraftExample extends Example {
  draft: Draft;
}

export interface Recipe {
  name: string;
  examples: (data: readonly LabelledText[]) => DraftExample[];
  learn: (train: readonly DraftExample[]) => LogisticModel;
  /** P(positive) of one example. */
  score: (model: CompiledModel, example: DraftExample) => number;
  /** score ≥ 0.5. */
  predict: (model: CompiledModel, example: DraftExample) => boolean;
}

// Strategies and shape cues are few and general; single words are many and domain-bound, so they pay more.
const isLexical = (feature: string) => feature.startsWith('word:') || feature.startsWith('first:');

// Regularisation strengths were picked by 10-fold CV over a small grid (lexical 2–16, strategies 0.5–2,
// min count 2–5); differences within the grid were under one point, and the stronger lexical penalty was
// preferred among near-ties because it leans on strategies, which transfer to other communities.
function options(lexicalL2: number, minCount: number): TrainOptions {
  return {
    minCount,
    l2: (feature) => (isLexical(feature) ? lexicalL2 : 2),
    iterations: 300,
    learningRate: 0.05,
  };
}

/** The politeness recipe with a given lexical penalty; exported for the nested check in eval-tone. */
export function politenessRecipe(name: string, keep: (feature: string) => boolean, lexicalL2 = 4): Recipe {
  return {
    name,
    examples: (data) =>
      data.map(({ text, label }) => {
        const draft = readDraft(text);
        return { draft, label, features: featureNames(politenessFeatures, draft).filter(keep) };
      }),
    learn: (train) => trainLogistic(train, options(lexicalL2, 3)),
    score: (model, example) => probability(model, politenessFeatures, example.draft),
    predict: (model, example) => probability(model, politenessFeatures, example.draft) >= 0.5,
  };
}

/** The shipped politeness model: strategies + shape + a strongly regularised vocabulary. */
export const POLITENESS = politenessRecipe('strategies + words', () => true);
/** Cross-check: strategies and shape only, no words, to see how much rests on Wikipedia vocabulary. */
export const POLITENESS_STRATEGIES_ONLY = politenessRecipe('strategies only', (f) => !isLexical(f));

export const ASK: Recipe = {
  name: 'ask',
  examples: (data) =>
    data.map(({ text, label }) => {
      const draft = readDraft(text);
      const features = new Set(draft.sentences.flatMap((sentence) => featureNames(askFeatures, sentence)));
      return { draft, label, features: [...features] };
    }),
  learn: (train) => trainLogistic(train, options(2, 2)),
  score: (model, example) => draftAskProbability(model, example.draft),
  predict: (model, example) => draftAskProbability(model, example.draft) >= 0.5,
};
