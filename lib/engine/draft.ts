import type { Situation } from '../tone/types';
import type { FollowUpItem, Specific } from './types';

const specific = (item: FollowUpItem, label: string) =>
  item.specifics.find((entry) => entry.label === label)?.text;

interface Shape {
  /** What the message is for, with the specifics written in where they fit a sentence. */
  body(item: FollowUpItem): string[];
  /** The last line: each kind of message ends in its own way, a thank-you not with an intro's question. */
  close: string;
}

const SHAPES: Record<FollowUpItem['ruleId'], Shape> = {
  'meeting-follow-up': {
    body: (item) => {
      const where = specific(item, 'Where you met');
      return [`It was good to meet you${where ? ` at ${where}` : ''}, and I enjoyed our conversation.`];
    },
    close: 'What are you focusing on these days?',
  },
  'event-follow-up': {
    body: (item) => {
      const where = specific(item, 'Where you met');
      const note = specific(item, 'Your last note');
      return [
        `It was good to meet you${where ? ` at ${where}` : ''}${note ? `, and I enjoyed our talk about ${note}` : ''}.`,
        ...(item.keepsCommitment ? ['As promised, here it is.'] : []),
      ];
    },
    close: 'What are you focusing on these days?',
  },
  'thanks-owed': {
    body: (item) => {
      const shared = specific(item, 'What they shared');
      return [`Thank you for your help${shared ? ` (${shared})` : ''}. It made a real difference.`];
    },
    close: 'If there is ever anything I can do in return, I would be glad to.',
  },
  'promise-due': {
    body: (item) =>
      item.keepsCommitment
        ? ['As promised, here it is.']
        : [
            'I hope things are going well for you. I wanted to check in on what we discussed, with no rush at all.',
          ],
    close: 'What would be most useful to you from my side?',
  },
  cadence: {
    body: (item) => {
      const role = specific(item, 'Their role');
      return [`I was thinking of you and wanted to catch up${role ? ` — how are things as ${role}?` : '.'}`];
    },
    close: 'What has been keeping you busy lately?',
  },
  'weak-tie': {
    body: () => ['It has been a while, and I came across something you might like.'],
    close: 'How have you been?',
  },
  'new-role': {
    body: (item) => {
      const role = specific(item, 'Their role');
      return [`Congratulations on the new role${role ? ` as ${role}` : ''}! Great to see your next step.`];
    },
    close: 'What drew you to it, and what are you most looking forward to?',
  },
};

/** The situation each draft is written for, so the tone check beside it judges it as what it is. */
export const DRAFT_SITUATION: Record<FollowUpItem['ruleId'], Situation> = {
  'meeting-follow-up': 'after-meeting',
  'event-follow-up': 'after-meeting',
  'thanks-owed': 'thanks',
  'promise-due': 'after-meeting',
  cadence: 'first-message',
  'weak-tie': 'first-message',
  'new-role': 'first-message',
};

/** The specifics a draft writes in itself; the rest are shown beside the draft as things worth mentioning. */
const WRITTEN_IN: Record<FollowUpItem['ruleId'], readonly string[]> = {
  'meeting-follow-up': ['Where you met'],
  'event-follow-up': ['Where you met', 'Your last note'],
  'thanks-owed': ['What they shared'],
  'promise-due': [],
  cadence: ['Their role'],
  'weak-tie': [],
  'new-role': ['Their role'],
};

/**
 * A starting point for the follow-up (Follow Up Thoughtfully: "referencing specific elements of your
 * conversation"), written as sentences you could send: the specifics that fit a sentence are written in, the rest
 * are listed next to the draft (toMention) instead of left in the text as brackets. The user rewrites it.
 */
export function followUpDraft(item: FollowUpItem): string {
  const firstName = item.contactName.split(' ')[0] || item.contactName;
  const shape = SHAPES[item.ruleId];
  return [`Hi ${firstName},`, '', ...shape.body(item), '', shape.close].join('\n');
}

/** What the draft did not write in, to show beside it. */
export function toMention(item: FollowUpItem): Specific[] {
  return item.specifics.filter((entry) => !WRITTEN_IN[item.ruleId].includes(entry.label));
}
