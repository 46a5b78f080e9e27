import type { Situation } from '../tone/types';
import { QUEUE_RULES } from './rules';
import type { Opener } from './rules/rule';
import type { FollowUpItem, Specific } from './types';

type RuleId = FollowUpItem['ruleId'];

/** Something each rule declares, by rule id (every registered rule has one, so every id is a key). */
const byRule = <T>(of: (rule: (typeof QUEUE_RULES)[number]) => T) =>
  Object.fromEntries(QUEUE_RULES.map((rule) => [rule.id, of(rule)])) as Record<RuleId, T>;

const OPENERS = byRule<Opener>((rule) => rule.opener);

/** The situation each rule's draft is written for, so the tone check beside it judges it as what it is. */
export const DRAFT_SITUATION = byRule<Situation>((rule) => rule.opener.situation);

/**
 * A starting point for the follow-up (Follow Up Thoughtfully: "referencing specific elements of your
 * conversation"), written as sentences you could send: the specifics that fit a sentence are written in, the rest
 * are listed next to the draft (toMention) instead of left in the text as brackets. The user rewrites it. Each
 * rule's words are its `opener`, in its own file.
 */
export function followUpDraft(item: FollowUpItem): string {
  const firstName = item.contactName.split(' ')[0] || item.contactName;
  const opener = OPENERS[item.ruleId];
  return [`Hi ${firstName},`, '', ...opener.body(item), '', opener.close].join('\n');
}

/** What the draft did not write in, to show beside it. */
export function toMention(item: FollowUpItem): Specific[] {
  const writtenIn: readonly string[] = OPENERS[item.ruleId].writesIn;
  return item.specifics.filter((entry) => !writtenIn.includes(entry.label));
}
