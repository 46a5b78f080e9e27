import type { ToneHint } from './types';

/** More than this and a person stops reading; the rest wait until the first ones are fixed. */
export const MAX_HINTS_SHOWN = 3;

/**
 * Most important first: what harms the relationship (pressure, hype, a cold ask, a template), then what makes
 * it forgettable, then polish. Rules not listed come last, in the order found.
 */
const PRIORITY = [
  'pressure',
  'hype',
  'profanity',
  'shouting',
  'answer-the-reader',
  'ask-before-give',
  'generic-template',
  'over-apologising',
  'self-deprecation',
  'social-proof',
  'personal-reference',
  'length-limit',
  'single-ask',
  'open-question',
  'hedging',
  'minimising',
  'sentence-length',
  'slang',
  'recipient-name',
  'greeting',
  'closed-questions',
  'you-focus',
  'emoji',
  'gratitude',
  'readability',
];
const rank = (ruleId: string) => {
  const at = PRIORITY.indexOf(ruleId);
  return at < 0 ? PRIORITY.length : at;
};

/**
 * One hint per rule, its marks grouped (four hedges are one hint with four underlines), the most important
 * MAX_HINTS_SHOWN kept. A group's suggestion is its first mark's, so applying it edits one place at a time.
 */
export function selectHints(findings: readonly ToneHint[]): ToneHint[] {
  const byRule = new Map<string, ToneHint>();
  // The ranges each group already marks, as "start:end": a set, not a scan of the group's marks, because a
  // pasted wall of "Sorry." gives one rule thousands of marks and the scan made grouping quadratic.
  const marked = new Map<string, Set<string>>();
  for (const finding of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const group = byRule.get(finding.ruleId);
    if (!group) {
      byRule.set(finding.ruleId, { ...finding, marks: [...finding.marks] });
      marked.set(finding.ruleId, new Set(finding.marks.map((m) => `${m.start}:${m.end}`)));
      continue;
    }
    const ranges = marked.get(finding.ruleId)!;
    for (const mark of finding.marks) {
      const range = `${mark.start}:${mark.end}`;
      if (ranges.has(range)) continue;
      ranges.add(range);
      group.marks.push(mark);
    }
    if (group.severity === 'info' && finding.severity === 'warning') group.severity = 'warning';
  }
  return [...byRule.values()]
    .sort(
      (a, b) =>
        Number(b.severity === 'warning') - Number(a.severity === 'warning') ||
        rank(a.ruleId) - rank(b.ruleId) ||
        a.start - b.start,
    )
    .slice(0, MAX_HINTS_SHOWN);
}
