import type { ToneRuleKey } from '../../rules/keys';
import type { Reading } from '../reading';
import type { ToneHint, ToneScores, WhitepaperSection } from '../types';

/** What a tone rule is, and every hint carries. */
export interface ToneRuleIdentity {
  /** Its file's name; settings switch it off as `tone:<id>`. */
  id: string;
  title: string;
  section: WhitepaperSection;
  /** One sentence: why this matters. */
  why: string;
}

/** What the options page lists for each rule: its identity and the key that switches it off. */
export interface ToneRuleInfo extends ToneRuleIdentity {
  key: ToneRuleKey;
}

/** A hint before the rule's id, why and section are attached. */
export type Finding = Pick<ToneHint, 'start' | 'end' | 'message' | 'severity' | 'suggestion'>;

export interface ToneRule extends ToneRuleIdentity {
  /** The score a finding of this rule lowers. */
  dimension: keyof ToneScores;
  check: (reading: Reading) => Finding[];
}

/** Messages that open a conversation with one person, where greetings and personal touches are expected. */
export function isPersonalMessage(reading: Reading): boolean {
  return reading.draft.kind !== 'comment';
}
