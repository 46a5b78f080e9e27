import type { Interaction } from '../../schema/interaction';
import { EVENT_LOOKBACK_MS, eventBatch } from '../../social/events';
import { formatDay } from '../../time/calendar';
import { reachedOutAfter } from '../outreach';
import type { Finding } from '../types';
import type { EngineView } from '../view';
import type { QueueRule } from './rule';

/**
 * Everyone marked "met here" at an event that has ended, as one batch due 24–48 h after its end: the reason names
 * the event and what you talked about, and a promise made there comes first (oldest first) and is kept by "done".
 */
export const eventFollowUp = {
  id: 'event-follow-up',
  title: 'Follow up after an event (one batch)',
  section: 'Follow Up Thoughtfully',
  why: 'After an event, a personal note to each person within 24–48 hours, naming what you talked about and keeping what you promised, is what people remember.',
  find({ events, contacts, history, commitments, settings, now, timeZone }: EngineView): Finding[] {
    const findings: Finding[] = [];
    const ended = events.filter(
      (e) => e.endedAt !== null && e.endedAt <= now && now - e.endedAt <= EVENT_LOOKBACK_MS,
    );
    if (ended.length === 0) return findings;
    const meetings: Interaction[] = [];
    const notes: Interaction[] = [];
    for (const list of history.values()) {
      for (const interaction of list) {
        if (!interaction.eventId) continue;
        if (interaction.kind === 'met') meetings.push(interaction);
        else if (interaction.kind === 'note') notes.push(interaction);
      }
    }
    for (const event of ended) {
      const batch = eventBatch(event, meetings, notes, commitments, settings.followUpWindowHours[1]);
      batch.forEach((entry, order) => {
        const contact = contacts.get(entry.contactId);
        if (!contact || reachedOutAfter(history.get(entry.contactId), entry.meeting.at)) return;
        const day = formatDay(entry.dueAt, timeZone);
        const about = entry.talkedAbout ? ` (talked about ${entry.talkedAbout})` : '';
        findings.push({
          key: `event-follow-up:${event.id}:${entry.contactId}`,
          contactId: entry.contactId,
          reason: `You met ${contact.name} at ${event.name}${about}`,
          action: entry.promise
            ? `Keep your promise, “${entry.promise.text}”, and follow up by ${day}`
            : `Follow up by ${day}`,
          dueAt: entry.dueAt,
          hard: true,
          priority: 1,
          logAs: { kind: 'message-sent', intent: 'follow-up' },
          ...(entry.promise ? { keepsCommitment: entry.promise.id } : {}),
          batch: { id: event.id, name: event.name, order },
        });
      });
    }
    return findings;
  },
} as const satisfies QueueRule;
