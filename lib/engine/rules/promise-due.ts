import type { Commitment } from '../../schema/commitment';
import { DAY, formatDay } from '../../time/calendar';
import { promiseWords } from '../promise-words';
import type { QueueFinding } from '../types';
import type { EngineView } from '../view';
import type { QueueRule } from './rule';

/** My promises become pressing two days ahead, in time to deliver. */
const PRESSING_MS = 2 * DAY;

const key = (commitment: Commitment) => `promise-due:${commitment.id}`;

function mine(commitment: Commitment, now: number, timeZone: string): QueueFinding {
  const dueAt = commitment.dueAt as number;
  return {
    key: key(commitment),
    contactId: commitment.contactId,
    reasonFor: (name) => `You promised ${name}: ${promiseWords(commitment)}`,
    action: `Deliver by ${formatDay(dueAt, timeZone)}`,
    dueAt,
    hard: true,
    priority: dueAt - now <= PRESSING_MS ? 1 : 2,
    logAs: { kind: 'helped' },
    keepsCommitment: commitment.id,
  };
}

function theirs(commitment: Commitment, timeZone: string): QueueFinding {
  const dueAt = commitment.dueAt as number;
  return {
    key: key(commitment),
    contactId: commitment.contactId,
    reasonFor: (name) => `${name} promised ${promiseWords(commitment)} by ${formatDay(dueAt, timeZone)}`,
    action: 'Check in kindly',
    dueAt,
    hard: false,
    priority: 2,
    logAs: { kind: 'message-sent', intent: 'follow-up' },
  };
}

/** My open promises show as soon as they have a date; theirs only once the date has passed, as a check-in. */
export const promiseDue = {
  id: 'promise-due',
  title: 'Promises coming due',
  section: 'Trust',
  why: 'Trust is built by consistency: delivering what you promised, when you promised it.',
  itemKey: key,
  needs: { datedCommitments: true },
  opener: {
    body: (item) =>
      item.keepsCommitment
        ? ['As promised, here it is.']
        : [
            'I hope things are going well for you. I wanted to check in on what we discussed, with no rush at all.',
          ],
    close: 'What would be most useful to you from my side?',
    situation: 'after-meeting',
    writesIn: [],
  },
  find({ contacts, commitments, now, timeZone }: EngineView): QueueFinding[] {
    return commitments.flatMap((commitment) => {
      if (!contacts.has(commitment.contactId) || commitment.status !== 'open' || commitment.dueAt === null)
        return [];
      if (commitment.by === 'me') return [mine(commitment, now, timeZone)];
      return commitment.dueAt <= now ? [theirs(commitment, timeZone)] : [];
    });
  },
} as const satisfies QueueRule;
