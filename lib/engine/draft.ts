import type { FollowUpItem } from './types';

const OPENERS: Record<FollowUpItem['ruleId'], string> = {
  'meeting-follow-up': 'It was good to meet you',
  'event-follow-up': 'It was good to meet you',
  'thanks-owed': 'Thank you for your help',
  'promise-due': 'As promised, here it is',
  cadence: 'I was thinking of you and wanted to catch up',
  'weak-tie': 'It has been a while, and I came across something you might like',
};

const MET_IN_PERSON: ReadonlySet<FollowUpItem['ruleId']> = new Set(['meeting-follow-up', 'event-follow-up']);

/**
 * A starting point for the follow-up that names the specifics to reference (Follow Up Thoughtfully:
 * "referencing specific elements of your conversation") and ends with an open question. The user rewrites it.
 */
export function followUpDraft(item: FollowUpItem): string {
  const firstName = item.contactName.split(' ')[0] ?? item.contactName;
  const where = item.specifics.find((specific) => specific.label === 'Where you met');
  const opener = `${OPENERS[item.ruleId]}${where && MET_IN_PERSON.has(item.ruleId) ? ` at ${where.text}` : ''}.`;
  const mentions = item.specifics
    .filter((specific) => specific !== where)
    .map((specific) => `[${specific.label.toLowerCase()}: ${specific.text}]`);
  return [`Hi ${firstName},`, '', opener, ...mentions, '', 'What are you focusing on these days?'].join('\n');
}
