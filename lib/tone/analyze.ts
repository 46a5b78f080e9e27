import { type ToneRuleId, toneKey } from '../rules/keys';
import { findCommitments } from './commitments';
import { selectHints } from './hint-selection';
import { classifyIntent } from './intent';
import { judgementInputs } from './judgement/inputs';
import { judge } from './judgement/judge';
import type { JudgementWeights } from './judgement/model';
import { shippedJudgement } from './model/models';
import type { Reading } from './reading';
import { RULES } from './rules';
import type { ToneRuleInfo } from './rules/rule';
import { situationOf } from './situation';
import type { ToneContext, ToneReport } from './types';

/** Every rule's id, title, whitepaper section and reason, for the settings page to list and toggle. */
export const TONE_RULES: readonly ToneRuleInfo[] = RULES.map(({ id, title, section, why }) => ({
  id,
  key: toneKey(id),
  title,
  section,
  why,
}));

const isEmpty = (reading: Reading) => reading.draft.tokens.every((token) => token.kind === 'punct');

/** The analyser with given judgement weights: the shipped ones, or a cross-validation fold's. */
export function createAnalyzer(weights: JudgementWeights) {
  return (text: string, context: ToneContext = {}): ToneReport => {
    const inputs = judgementInputs(text, context);
    const { reading, politeness, cues } = inputs;
    if (isEmpty(reading)) return emptyReport(context);
    const judgement = judge(weights, inputs);
    const disabled = new Set(context.disabledRules ?? []);
    return {
      situation: reading.situation,
      ratings: judgement.ratings,
      scores: judgement.scores,
      verdict: judgement.verdict,
      flags: judgement.flags,
      politeness,
      intent: judgement.intent ?? classifyIntent(reading),
      commitments: findCommitments(reading.draft),
      hints: selectHints(judgement.hints.filter((hint) => !disabled.has(toneKey(hint.ruleId as ToneRuleId)))),
      politenessCues: cues,
    };
  };
}

function emptyReport(context: ToneContext): ToneReport {
  return {
    situation: situationOf(context),
    ratings: { overall: 0, warm: 0, clear: 0, professional: 0 },
    scores: { warmth: 0, clarity: 0, professionalism: 0 },
    verdict: { label: 'empty', summary: 'Nothing to check yet.', reasons: [] },
    flags: {
      ask_without_give: false,
      pressure: false,
      hype: false,
      over_apology: false,
      self_deprecation: false,
      generic: false,
      personal_reference: false,
      open_question: false,
      promise: false,
      answers_reader: false,
    },
    politeness: 0,
    intent: { label: 'other', confidence: 1 },
    commitments: [],
    hints: [],
  };
}

/**
 * Reads a draft in its situation and reports how a thoughtful reader would judge it (overall, warm, clear,
 * professional on 1–5), the rubric's flags, a verdict that says why, and at most three hints.
 * Pure and synchronous: the same text and context always give the same report (due dates are resolved only
 * against `context.now`; the clock is never read).
 */
export function analyzeTone(text: string, context: ToneContext = {}): ToneReport {
  return createAnalyzer(shippedJudgement())(text, context);
}
