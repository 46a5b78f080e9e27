import { politenessFeatures } from './features/politeness-features';
import { probability } from './model/logistic';
import { politenessModel } from './model/models';
import type { Draft } from './text/draft';

const CUES_SHOWN = 3;

/** The strategy and shape cues that moved the score most, strongest first ("gratitude", +2.35). */
function strongestCues(draft: Draft): { cue: string; weight: number }[] {
  const cues: { cue: string; weight: number }[] = [];
  const model = politenessModel();
  politenessFeatures(draft, (namespace, value) => {
    const weight = namespace === 'word' ? 0 : (model.byNamespace.get(namespace)?.get(value) ?? 0);
    if (weight) cues.push({ cue: value.replace(/-/g, ' '), weight });
  });
  return cues.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, CUES_SHOWN);
}

/** Politeness in [-1, 1] (2p − 1 of the learned model) and the cues that weighed most. */
export function ratePoliteness(draft: Draft): {
  politeness: number;
  cues: { cue: string; weight: number }[];
} {
  const p = probability(politenessModel(), politenessFeatures, draft);
  return { politeness: Math.round((2 * p - 1) * 1000) / 1000, cues: strongestCues(draft) };
}
