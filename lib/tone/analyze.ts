import { toneKey } from '../rules/keys';
import { findCommitments } from './commitments';
import { classifyIntent } from './intent';
import { ratePoliteness } from './politeness';
import { readTone } from './reading';
import { RULES } from './rules';
import type { ToneRuleInfo } from './rules/rule';
import { scoreDraft } from './scores';
import type { ToneContext, ToneHint, ToneReport } from './types';
import { verdictOf } from './verdict';

/** Past this many hints the list stops helping; the first ones (by position) are kept. */
const MAX_HINTS = 100;

/** Every rule's id, title, whitepaper section and reason, for the settings page to list and toggle. */
export const TONE_RULES: readonly ToneRuleInfo[] = RULES.map(({ id, title, section, why }) => ({
  id,
  key: toneKey(id),
  title,
  section,
  why,
}));

const DIMENSION_OF = new Map(RULES.map((rule) => [rule.id, rule.dimension]));

const EMPTY_REPORT: ToneReport = {
  scores: { warmth: 0, clarity: 0, professionalism: 0 },
  verdict: { label: 'empty', summary: 'Nothing to check yet.' },
  politeness: 0,
  intent: { label: 'other', confidence: 1 },
  commitments: [],
  hints: [],
};

/**
 * Reads a draft and reports how warm, clear and professional it is, with hints that each say why.
 * Pure and synchronous: the same text and context always give the same report (due dates are resolved only
 * against `context.now`; the clock is never read).
 */
export function analyzeTone(text: string, context: ToneContext = {}): ToneReport {
  const reading = readTone(text, context);
  const { draft } = reading;
  if (draft.tokens.every((token) => token.kind === 'punct')) {
    return { ...EMPTY_REPORT, hints: [], commitments: [] };
  }
  const disabled = new Set(context.disabledRules ?? []);
  const hints: ToneHint[] = RULES.filter((rule) => !disabled.has(toneKey(rule.id)))
    .flatMap((rule) =>
      rule
        .check(reading)
        .map((finding) => ({ ...finding, ruleId: rule.id, why: rule.why, section: rule.section })),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .slice(0, MAX_HINTS);
  const { politeness, cues } = ratePoliteness(draft);
  const scores = scoreDraft(politeness, hints, DIMENSION_OF);
  return {
    scores,
    verdict: verdictOf(scores, hints),
    politeness,
    intent: classifyIntent(reading),
    commitments: findCommitments(draft),
    hints,
    politenessCues: cues,
  };
}
