import type { Contact } from '../../schema/contact';
import type { Settings } from '../../schema/settings';
import { DAY } from '../../time/calendar';
import { ownCadence } from '../cadence-of';
import { hiddenKeys } from '../hidden-keys';
import type { QueueContact } from '../queue-contact';
import type { QueueFinding } from '../types';
import type { EngineView } from '../view';
import type { ContactIndex, QueueRule } from './rule';

/** A few at a time: reviving ties is patient work, and a wall of them would bury the timely items. */
export const WEAK_TIE_LIMIT = 5;

const months = (ms: number) => Math.max(1, Math.round(ms / (30 * DAY)));

/** Once per lapse: a new interaction and a new lapse make a new item, even if the last one was done. */
const key = (contact: QueueContact) => `weak-tie:${contact.id}:${contact.lastInteractionAt}`;

/**
 * The few weak ties to suggest: walks lastInteractionAt downward from the weak-tie line and stops after
 * WEAK_TIE_LIMIT that are neither snoozed, done nor on a cadence set by hand, so it reads a handful of rows. The
 * walk is asked for with the states read, not after it (a round trip less), and filtered once they answer.
 */
function candidates(index: ContactIndex, { settings, now }: { settings: Settings; now: number }) {
  const hidden = index.statesOf('weak-tie').then((states) => hiddenKeys(states, now));
  return index.between('lastInteractionAt', 1, now - settings.weakTieDays * DAY, {
    reverse: true,
    keep: hidden.then(
      (keys) => (contact: Contact) => !keys.has(key(contact)) && !ownCadence(contact, settings),
    ),
    limit: WEAK_TIE_LIMIT,
  });
}

/** People with no contact for `weakTieDays` and no cadence set by hand (the cadence rule covers those). */
export const weakTie = {
  id: 'weak-tie',
  title: 'Weak ties worth reviving',
  section: 'Diversify Your Network',
  why: 'Casual acquaintances connect you to opportunities outside your circle, and a short useful note revives them.',
  limit: WEAK_TIE_LIMIT,
  itemKey: key,
  needs: { candidates },
  opener: {
    body: () => ['It has been a while, and I came across something you might like.'],
    close: 'How have you been?',
    situation: 'first-message',
    writesIn: [],
  },
  find({ contacts, settings, now }: EngineView): QueueFinding[] {
    const findings: QueueFinding[] = [];
    for (const contact of contacts.values()) {
      const since = contact.lastInteractionAt;
      if (since <= 0 || ownCadence(contact, settings)) continue;
      const dueAt = since + settings.weakTieDays * DAY;
      if (dueAt > now) continue;
      findings.push({
        key: key(contact),
        contactId: contact.id,
        reasonFor: (name) => `No contact with ${name} for ${months(now - since)} months`,
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
