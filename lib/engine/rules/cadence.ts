import type { Settings } from '../../schema/settings';
import { DAY, formatDay } from '../../time/calendar';
import { type Cadence, cadenceOf } from '../cadence-of';
import type { QueueContact } from '../queue-contact';
import type { QueueFinding } from '../types';
import type { EngineView } from '../view';
import { type ContactIndex, type QueueRule, specific } from './rule';

/** A cadence shows a week ahead, so keeping in touch can be planned rather than rushed. */
export const CADENCE_LEAD_MS = 7 * DAY;

/**
 * When the clock starts: the last interaction; for a cadence the user set on the person or a tag, their first
 * sighting if there is none yet. The default cadence needs a real interaction, or every visited profile would be
 * due, and stops at the weak-tie line, where the weak-tie rule takes over.
 */
function lastContact(contact: QueueContact, cadence: Cadence, weakTieLine: number): number | null {
  if (cadence.from !== 'default') return contact.lastInteractionAt || contact.firstSeenAt;
  return contact.lastInteractionAt > weakTieLine ? contact.lastInteractionAt : null;
}

const origin = (cadence: Cadence) =>
  cadence.from === 'contact'
    ? ''
    : cadence.from === 'default'
      ? ' (default)'
      : ` (tag “${cadence.from.tag}”)`;

/** The default cadence can cover thousands of people; the most overdue come first, up to this many. */
export const DEFAULT_CADENCE_LIMIT = 200;

/**
 * Contacts a cadence may make due: those with their own cadence, those with a tag that has one (both set by hand,
 * so few), and for the default cadence those last contacted between the weak-tie line and the cadence line. One
 * equality query per tag: Dexie's anyOf on a multi-entry index walks with cursor jumps and was forty times slower.
 */
function candidates(index: ContactIndex, { settings, now }: { settings: Settings; now: number }) {
  const queries = [
    index.withOwnCadence(),
    ...Object.keys(settings.tagCadences).map((tag) => index.tagged(tag)),
  ];
  if (settings.defaultCadenceDays) {
    const dueBy = now + CADENCE_LEAD_MS - settings.defaultCadenceDays * DAY;
    const lapsedAt = now - settings.weakTieDays * DAY;
    if (dueBy > lapsedAt) {
      queries.push(index.between('lastInteractionAt', lapsedAt, dueBy, { limit: DEFAULT_CADENCE_LIMIT }));
    }
  }
  return Promise.all(queries).then((found) => found.flat());
}

const key = (contact: QueueContact, since: number) => `cadence:${contact.id}:${since}`;

export const cadenceRule = {
  id: 'cadence',
  title: 'Keep-in-touch cadences',
  section: 'Be Patient',
  why: 'Strong relationships develop over time, through regular, unhurried contact rather than bursts.',
  itemKey: key,
  needs: { candidates },
  opener: {
    body: (item) => {
      const role = specific(item, 'Their role');
      return [`I was thinking of you and wanted to catch up${role ? ` — how are things as ${role}?` : '.'}`];
    },
    close: 'What has been keeping you busy lately?',
    situation: 'first-message',
    writesIn: ['Their role'],
  },
  find({ contacts, settings, now, timeZone }: EngineView): QueueFinding[] {
    const findings: QueueFinding[] = [];
    for (const contact of contacts.values()) {
      const cadence = cadenceOf(contact, settings);
      const since = cadence && lastContact(contact, cadence, now - settings.weakTieDays * DAY);
      if (!cadence || since === null) continue;
      const dueAt = since + cadence.days * DAY;
      if (dueAt - now > CADENCE_LEAD_MS) continue;
      findings.push({
        key: key(contact, since),
        contactId: contact.id,
        reasonFor: (name) =>
          `Keep in touch with ${name} every ${cadence.days} days${origin(cadence)}; last contact ${formatDay(since, timeZone)}`,
        action: `Get in touch by ${formatDay(dueAt, timeZone)}`,
        dueAt,
        hard: true,
        priority: 2,
        logAs: { kind: 'message-sent', intent: 'follow-up' },
      });
    }
    return findings;
  },
} as const satisfies QueueRule;
