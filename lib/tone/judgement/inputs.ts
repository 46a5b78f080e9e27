import { ratePoliteness } from '../politeness';
import { readTone } from '../reading';
import { RULES } from '../rules';
import type { ToneRule } from '../rules/rule';
import type { ToneContext, ToneHint } from '../types';
import { judgementFeatures } from './features';

export type JudgementInputs = ReturnType<typeof judgementInputs>;

/** Everything the judgement is computed from: the reading, every rule's findings, and the features. */
export function judgementInputs(text: string, context: ToneContext = {}) {
  const reading = readTone(text, context);
  // Every rule runs, switched off or not: switching a hint off hides it, it does not change the judgement.
  const rules: readonly ToneRule[] = RULES;
  const findings: ToneHint[] = rules
    .filter((rule) => !rule.situations || rule.situations.includes(reading.situation))
    .flatMap((rule) =>
      rule.check(reading).map((finding) => ({
        ...finding,
        marks: [{ start: finding.start, end: finding.end }],
        ruleId: rule.id,
        why: rule.why,
        section: rule.section,
      })),
    );
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  const { politeness, cues } = ratePoliteness(reading.draft);
  const features = judgementFeatures(reading, reading.situation, counts, politeness);
  return { reading, findings, counts, politeness, cues, features };
}
