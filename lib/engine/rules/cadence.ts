import { DAY, formatDay } from '../../time/calendar';
import { type Cadence, cadenceOf } from '../cadence-of';
import type { QueueContact } from '../queue-contact';
import type { Finding } from '../types';
import type { EngineView } from '../view';
import type { QueueRule } from './rule';

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

export const cadenceRule = {
  id: 'cadence',
  title: 'Keep-in-touch cadences',
  section: 'Be Patient',
  why: 'Strong relationships develop over time, through regular, unhurried contact rather than bursts.',
  find({ contacts, settings, now, timeZone }: EngineView): Finding[] {
    const findings: Finding[] = [];
    for (const contact of contacts.values()) {
      const cadence = cadenceOf(contact, settings);
      const since = cadence && lastContact(contact, cadence, now - settings.weakTieDays * DAY);
      if (!cadence || since === null) continue;
      const dueAt = since + cadence.days * DAY;
      if (dueAt - now > CADENCE_LEAD_MS) continue;
      findings.push({
        key: `cadence:${contact.id}:${since}`,
        contactId: contact.id,
        reason: `Keep in touch with ${contact.name} every ${cadence.days} days${origin(cadence)}; last contact ${formatDay(since, timeZone)}`,
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
