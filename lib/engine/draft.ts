import type { FollowUpItem } from './types';

const OPENERS: Record<FollowUpItem['ruleId'], string> = {
  'meeting-follow-up': 'It was good to meet you',
  'thanks-owed': 'Thank you for your help',
  'promise-due': 'As promised, here it is',
  cadence: 'I was thinking of you and wanted to catch up',
  'weak-tie': 'It has been a while, and I came across something you might like',
  'new-role': 'Congratulations on the new role',
};

/**
 * A starting point for the follow-up that names the specifics to reference (Follow Up Thoughtfully:
 * "referencing specific elements of your conversation") and ends with an open question. The user rewrites it.
 */
export function followUpDraft(item: FollowUpItem): string {
  const firstName = item.contactName.split(' ')[0] ?? item.contactName;
  const where = item.specifics.find((specific) => specific.label === 'Where you met');
  const role = item.ruleId === 'new-role' ? item.specifics.find((s) => s.label === 'Their role') : undefined;
  const place = where && item.ruleId === 'meeting-follow-up' ? ` at ${where.text}` : '';
  const opener = `${OPENERS[item.ruleId]}${role ? ` as ${role.text}` : place}${role ? '!' : '.'}`;
  const mentions = item.specifics
    .filter((specific) => specific !== where && specific !== role)
    .map((specific) => `[${specific.label.toLowerCase()}: ${specific.text}]`);
  return [`Hi ${firstName},`, '', opener, ...mentions, '', 'What are you focusing on these days?'].join('\n');
}
