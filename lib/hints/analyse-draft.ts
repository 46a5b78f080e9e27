import type { sendToBackground } from '../browser/messaging';
import type { RuleKey } from '../rules/keys';
import { INLINE_ANALYSED_CHARS, PREVIOUS_MESSAGE_CHARS } from '../schema/limits';
import type { Recipient } from '../schema/sent-message';
import { fingerprint } from '../text/fingerprint';
import type { MessageKind, Position, ToneHint, ToneReport } from '../tone/types';

export interface DraftContext {
  kind?: MessageKind;
  /** Where the draft sits in the thread the page shows, when it shows one. */
  position?: Position;
  /** The other person's latest message in that thread. */
  previous?: string;
  recipient?: Recipient;
  disabledRules: readonly RuleKey[];
  ignoredHints: readonly string[];
}

export interface DraftAnalysis {
  report: ToneReport;
  /** The report's hints minus the ones the user chose to ignore. */
  hints: ToneHint[];
  analysedChars: number;
  totalChars: number;
  /** The box holds more than `totalChars`: only its start was read. */
  more: boolean;
}

/** How an ignored hint is remembered: the rule and a fingerprint of the words it flagged, not the words. */
export function hintKey(hint: Pick<ToneHint, 'ruleId' | 'start' | 'end'>, text: string): string {
  return `${hint.ruleId}:${fingerprint(text.slice(hint.start, hint.end).trim().toLowerCase())}`;
}

/**
 * Asks the background worker for the tone report of the draft's first 5,000 characters (LinkedIn caps messages
 * at 8,000; a 100,000-character paste must not cost a long task). `more`: the box holds more than `text`. Null when
 * the worker could not answer.
 */
export async function analyseDraft(
  text: string,
  context: DraftContext,
  send: typeof sendToBackground,
  more = false,
): Promise<DraftAnalysis | null> {
  const analysed = text.slice(0, INLINE_ANALYSED_CHARS);
  const reply = await send('tone/analyze', {
    text: analysed,
    kind: context.kind,
    position: context.position,
    previous: context.previous?.slice(-PREVIOUS_MESSAGE_CHARS),
    recipient: context.recipient,
    disabledRules: [...context.disabledRules],
  });
  if (!reply.ok) return null;
  const ignored = new Set(context.ignoredHints);
  const hints = reply.value.hints.filter((hint) => !ignored.has(hintKey(hint, analysed)));
  return { report: reply.value, hints, analysedChars: analysed.length, totalChars: text.length, more };
}
