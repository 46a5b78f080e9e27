import { DAY, formatDay } from '../../time/calendar';
import { recentRoleChange } from '../brief/changes';
import { isMyOutreach } from '../outreach';
import type { QueueContact } from '../queue-contact';
import type { QueueFinding } from '../types';
import type { EngineView } from '../view';
import { latest } from '../view';
import { type ContactIndex, type QueueRule, specific } from './rule';

/** A congratulation a month late still lands; after that the news is old. */
export const NEW_ROLE_LOOKBACK_MS = 30 * DAY;
/** Worth doing within the week; it is a suggestion, never shown as overdue. */
const NEW_ROLE_DUE_MS = 7 * DAY;

/** "Head of Ops at Tidewater", or whichever of the two is known. */
export function roleName(title: string, company: string): string {
  return [title, company].filter(Boolean).join(' at ');
}

/** Once per change: done or snoozed stays done for it, and the next change makes a new item. */
const key = (contact: QueueContact, changedAt: number) => `new-role:${contact.id}:${changedAt}`;

/** People whose role changed within the lookback, through the roleChangedAt index. */
const candidates = (index: ContactIndex, { now }: { now: number }) =>
  index.between('roleChangedAt', now - NEW_ROLE_LOOKBACK_MS, now);

/**
 * A contact whose title or company a capture or import saw change (contact.roleChangedAt). Once per change: the key
 * names the moment of the change, so done or snoozed stays done for it, and the next change makes a new item. A
 * message written to them after the change counts as having said it.
 */
export const newRole = {
  id: 'new-role',
  title: 'Congratulate on a new role',
  section: 'Follow Up Thoughtfully',
  why: 'A new role is career growth worth noticing: a short, warm note shows you follow their path, with no ask attached.',
  itemKey: key,
  // A new role is settled by my outreach since the change, so those few people's summaries are read up front.
  needs: { candidates, candidateHistory: true },
  opener: {
    body: (item) => {
      const role = specific(item, 'Their role');
      return [`Congratulations on the new role${role ? ` as ${role}` : ''}! Great to see your next step.`];
    },
    close: 'What drew you to it, and what are you most looking forward to?',
    situation: 'first-message',
    writesIn: ['Their role'],
  },
  find({ contacts, history, now, timeZone }: EngineView): QueueFinding[] {
    const findings: QueueFinding[] = [];
    for (const contact of contacts.values()) {
      const change = recentRoleChange(contact, now, NEW_ROLE_LOOKBACK_MS);
      if (!change) continue;
      const wrote = latest(history.get(contact.id), isMyOutreach);
      if (wrote && wrote.at >= change.changedAt) continue;
      const role = roleName(change.title, change.company);
      findings.push({
        key: key(contact, change.changedAt),
        contactId: contact.id,
        reasonFor: (name) =>
          `${name} has a new role: ${role}${change.before ? ` (was ${change.before})` : ''}, seen ${formatDay(change.changedAt, timeZone)}`,
        action: 'Congratulate them on the new role',
        dueAt: change.changedAt + NEW_ROLE_DUE_MS,
        hard: false,
        priority: 2,
        logAs: { kind: 'message-sent', intent: 'give' },
      });
    }
    return findings;
  },
} as const satisfies QueueRule;
