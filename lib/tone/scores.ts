import type { ToneRule } from './rules/rule';
import type { ToneHint, ToneScores } from './types';

const PENALTY = { warning: 15, info: 6 } as const;
/** A rule that fires ten times (ten hedges) should not alone empty a score; its first few hints count. */
const COUNTED_PER_RULE = 3;

function clamp(score: number): number {
  return Math.round(Math.min(100, Math.max(0, score)));
}

/**
 * Warmth starts from the learned politeness (how people rated similar wording) and every hint takes points
 * from the dimension its rule serves, so each lost point traces back to a hint that says why.
 */
export function scoreDraft(
  politeness: number,
  hints: readonly ToneHint[],
  dimensionOf: ReadonlyMap<string, ToneRule['dimension']>,
): ToneScores {
  const penalty: ToneScores = { warmth: 0, clarity: 0, professionalism: 0 };
  const counted = new Map<string, number>();
  for (const hint of hints) {
    const seen = counted.get(hint.ruleId) ?? 0;
    counted.set(hint.ruleId, seen + 1);
    const dimension = dimensionOf.get(hint.ruleId);
    if (seen < COUNTED_PER_RULE && dimension) penalty[dimension] += PENALTY[hint.severity];
  }
  return {
    warmth: clamp(65 + 35 * politeness - penalty.warmth),
    clarity: clamp(100 - penalty.clarity),
    professionalism: clamp(100 + 15 * Math.min(0, politeness) - penalty.professionalism),
  };
}
