import { politenessFeatures } from './features/politeness-features';
import { logit, strongestFeatures } from './model/logistic';
import { POLITENESS_MODEL } from './model/models';
import type { Draft } from './text/draft';

const CUES_SHOWN = 3;

/** Politeness in [-1, 1] (2p − 1 of the learned model) and the strategy cues that weighed most. */
export function ratePoliteness(draft: Draft): {
  politeness: number;
  cues: { cue: string; weight: number }[];
} {
  const features = politenessFeatures(draft);
  const p = 1 / (1 + Math.exp(-logit(POLITENESS_MODEL, features)));
  const cues = strongestFeatures(
    POLITENESS_MODEL,
    features.filter((feature) => !feature.startsWith('word:')),
    CUES_SHOWN,
  ).map(({ feature, weight }) => ({
    cue: feature.slice(feature.indexOf(':') + 1).replace(/-/g, ' '),
    weight,
  }));
  return { politeness: Math.round((2 * p - 1) * 1000) / 1000, cues };
}
