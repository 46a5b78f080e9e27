import { fingerprint } from '../text/fingerprint';
import { analyzeTone } from '../tone';
import type { MessageKind, ToneHint, ToneReport } from '../tone/types';

/**
 * Analysis reads at most this much of a draft: LinkedIn caps messages at 8,000 characters, and the first 5,000
 * keep the check well under a frame budget's worth of long task even for a 100,000-character paste.
 */
export const ANALYSED_CHARS = 5_000;

export interface DraftContext {
  kind?: MessageKind;
  recipientName?: string;
  disabledRules: readonly string[];
  ignoredHints: readonly string[];
}

export interface DraftAnalysis {
  report: ToneReport;
  /** The report's hints minus the ones the user chose to ignore. */
  hints: ToneHint[];
  analysedChars: number;
  totalChars: number;
}

/** How an ignored hint is remembered: the rule and a fingerprint of the words it flagged, not the words. */
export function hintKey(hint: Pick<ToneHint, 'ruleId' | 'start' | 'end'>, text: string): string {
  return `${hint.ruleId}:${fingerprint(text.slice(hint.start, hint.end).trim().toLowerCase())}`;
}

export function analyseDraft(text: string, context: DraftContext): DraftAnalysis {
  const analysed = text.slice(0, ANALYSED_CHARS);
  const report = analyzeTone(analysed, {
    kind: context.kind,
    recipientName: context.recipientName,
    disabledRules: context.disabledRules,
  });
  const ignored = new Set(context.ignoredHints);
  const hints = report.hints.filter((hint) => !ignored.has(hintKey(hint, analysed)));
  return { report, hints, analysedChars: analysed.length, totalChars: text.length };
}
