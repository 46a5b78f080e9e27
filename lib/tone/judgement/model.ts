import type { Intent } from '../../schema/interaction';
import { JUDGEMENT_FEATURES, type JudgementFeature } from './features';

/** The rubric's 1–5 scales (lib/tone/README.md): what the reviewers of the judged messages rated. */
export const SCALES = ['overall', 'warm', 'clear', 'professional'] as const;
export type Scale = (typeof SCALES)[number];

/**
 * Flags a linear model learns from the judged messages. The rare ones (pressure, hype…) stay rules, and so does
 * open_question, where the rule (questions.ts) agrees with the reviewers better than a learned flag did.
 */
export const LEARNED_FLAGS = [
  'ask_without_give',
  'generic',
  'personal_reference',
  'promise',
  'answers_reader',
] as const;
export type LearnedFlag = (typeof LEARNED_FLAGS)[number];

export const INTENTS = ['ask', 'give', 'thanks', 'follow-up', 'other'] as const satisfies readonly Intent[];

/** A linear function of the features, in their listed order: bias + Σ weight × feature. */
export interface Linear {
  bias: number;
  weights: number[];
}

export interface JudgementWeights {
  source: string;
  /** Must equal JUDGEMENT_FEATURES: the weights are positional. */
  features: string[];
  /** Ridge regressions onto the reviewers' mean rating. */
  scales: Record<Scale, Linear>;
  /** Logistic regressions; the flag is set when the probability reaches `threshold`. */
  flags: Record<LearnedFlag, Linear & { threshold: number }>;
  /** One-vs-rest logistic regressions; the most probable intent wins. */
  intent: Record<(typeof INTENTS)[number], Linear>;
}

export type FeatureValues = Record<JudgementFeature, number>;

export function linear(model: Linear, features: FeatureValues): number {
  let z = model.bias;
  JUDGEMENT_FEATURES.forEach((name, i) => {
    z += (model.weights[i] ?? 0) * features[name];
  });
  return z;
}

export function logistic(model: Linear, features: FeatureValues): number {
  return 1 / (1 + Math.exp(-linear(model, features)));
}

/** A rating on the rubric's scale: clamped to 1–5, one decimal. */
export function toScale(value: number): number {
  return Math.round(Math.min(5, Math.max(1, value)) * 10) / 10;
}

/** Throws when the weights were trained on another feature list (a stale weights file). */
export function checkWeights(weights: JudgementWeights): JudgementWeights {
  const expected = JUDGEMENT_FEATURES.join(',');
  if (weights.features.join(',') !== expected) {
    throw new Error('judgement-weights.json was trained on other features: run `npm run train:tone`');
  }
  return weights;
}
