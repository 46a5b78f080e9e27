import type { Reading } from '../reading';
import type { ToneHint, ToneScores, WhitepaperSection } from '../types';

/** What the options page lists for each rule, and every hint carries. */
export interface ToneRuleInfo {
  id: string;
  title: string;
  section: WhitepaperSection;
  /** One sentence: why this matters. */
  why: string;
}

/** A hint before the rule's id, why and section are attached. */
export type Finding = Pick<ToneHint, 'start' | 'end' | 'message' | 'severity' | 'suggestion'>;

export interface ToneRule extends ToneRuleInfo {
  /** The score a finding of this rule lowers. */
  dimension: keyof ToneScores;
  check: (reading: Reading) => Finding[];
}

/** Messages that open a conversation with one person, where greetings and personal touches are expected. */
export function isPersonalMessage(reading: Reading): boolean {
  return reading.draft.kind !== 'comment';
}
