// One scored line of `npm run -s tone -- --jsonl`: what the reviewers judged, as the engine judges it.
import { analyzeTone, type ToneReport } from '../../lib/tone';
import { contextOf, type FlagName, type MessageInput } from './judged-messages';

export interface PredictedLine {
  id: string | null;
  overall: number;
  warm: number;
  clear: number;
  professional: number;
  verdict: ToneReport['verdict']['label'];
  intent: string;
  flags: Record<FlagName, boolean>;
  hints: string[];
}

/** A report as the reviewers' judgement line: the rubric's scales, verdict, intent, flags and the hints' rules. */
export function lineOf(id: string | null, report: ToneReport): PredictedLine {
  return {
    id,
    ...report.ratings,
    verdict: report.verdict.label,
    intent: report.intent.label,
    flags: report.flags,
    hints: report.hints.map((hint) => hint.ruleId),
  };
}

const toFive = (score: number) => Math.round((1 + (score / 100) * 4) * 10) / 10;

/**
 * The engine before issue 10 had no overall judgement and no flags: overall is the mean of its three 0–100 scores
 * on the 1–5 scale, and each flag is read off the hint that meant it. Kept to measure the baseline.
 */
export function legacyLine(input: MessageInput): PredictedLine {
  const report = analyzeTone(input.text, contextOf(input));
  const fired = new Set(report.hints.map((hint) => hint.ruleId));
  const { warmth, clarity, professionalism } = report.scores;
  return {
    id: input.id,
    overall: toFive((warmth + clarity + professionalism) / 3),
    warm: toFive(warmth),
    clear: toFive(clarity),
    professional: toFive(professionalism),
    verdict: report.verdict.label,
    intent: report.intent.label,
    flags: {
      ask_without_give: fired.has('ask-before-give'),
      pressure: fired.has('pressure'),
      hype: false,
      over_apology: fired.has('over-apologising'),
      self_deprecation: fired.has('self-deprecation'),
      generic: fired.has('generic-template'),
      personal_reference: !fired.has('personal-reference'),
      open_question: !fired.has('open-question'),
      promise: report.commitments.length > 0,
      answers_reader: false,
    },
    hints: [...fired],
  };
}
