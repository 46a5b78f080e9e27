import { DAY } from '../../time/calendar';
import { ownCadence } from '../cadence-of';
import type { Finding } from '../types';
import type { EngineView } from '../view';
import type { QueueRule } from './rule';

/** A few at a time: reviving ties is patient work, and a wall of them would bury the timely items. */
export const WEAK_TIE_LIMIT = 5;

const months = (ms: number) => Math.max(1, Math.round(ms / (30 * DAY)));

/** People with no contact for `weakTieDays` and no cadence set by hand (the cadence rule covers those). */
export const weakTie = {
  id: 'weak-tie',
  title: 'Weak ties worth reviving',
  section: 'Diversify Your Network',
  why: 'Casual acquaintances connect you to opportunities outside your circle, and a short useful note revives them.',
  limit: WEAK_TIE_LIMIT,
  find({ contacts, settings, now }: EngineView): Finding[] {
    const findings: Finding[] = [];
    for (const contact of contacts.values()) {
      const since = contact.lastInteractionAt;
      if (since <= 0 || ownCadence(contact, settings)) continue;
      const dueAt = since + settings.weakTieDays * DAY;
      if (dueAt > now) continue;
      findings.push({
        key: `weak-tie:${contact.id}:${since}`,
        contactId: contact.id,
        reason: `No contact with ${contact.name} for ${months(now - since)} months`,
        action: 'Send something useful, with no ask',
        dueAt,
        hard: false,
        priority: 3,
        logAs: { kind: 'message-sent', intent: 'give' },
      });
    }
    // Most recently lapsed first: those ties are the easiest to warm up again.
    return findings.sort((a, b) => b.dueAt - a.dueAt);
  },
} as const satisfies QueueRule;
