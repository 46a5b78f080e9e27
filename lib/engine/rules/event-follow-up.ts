import type { NetworkingEvent } from '../../schema/event';
import type { Interaction } from '../../schema/interaction';
import { EVENT_LOOKBACK_MS, eventBatch } from '../../social/events';
import { formatDay } from '../../time/calendar';
import { reachedOutAfter } from '../outreach';
import type { QueueFinding } from '../types';
import type { EngineView } from '../view';
import { type QueueRule, specific } from './rule';

/** One item per person met at the event. */
const key = (event: NetworkingEvent, contactId: string) => `event-follow-up:${event.id}:${contactId}`;

/**
 * Everyone marked "met here" at an event that has ended, as one batch due 24–48 h after its end: the reason names
 * the event and what you talked about, and a promise made there comes first (oldest first) and is kept by "done".
 */
export const eventFollowUp = {
  id: 'event-follow-up',
  title: 'Follow up after an event (one batch)',
  section: 'Follow Up Thoughtfully',
  why: 'After an event, a personal note to each person within 24–48 hours, naming what you talked about and keeping what you promised, is what people remember.',
  itemKey: key,
  // The batch's promises are undated (the event carries the date): they come with the events, not the dated ones.
  needs: { eventsWithinMs: EVENT_LOOKBACK_MS },
  opener: {
    body: (item) => {
      const where = specific(item, 'Where you met');
      const note = specific(item, 'Your last note');
      return [
        `It was good to meet you${where ? ` at ${where}` : ''}${note ? `, and I enjoyed our talk about ${note}` : ''}.`,
        ...(item.keepsCommitment ? ['As promised, here it is.'] : []),
      ];
    },
    close: 'What are you focusing on these days?',
    situation: 'after-meeting',
    writesIn: ['Where you met', 'Your last note'],
  },
  find({ events, contacts, history, commitments, settings, now, timeZone }: EngineView): QueueFinding[] {
    const findings: QueueFinding[] = [];
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
        if (!contacts.has(entry.contactId) || reachedOutAfter(history.get(entry.contactId), entry.meeting.at))
          return;
        const day = formatDay(entry.dueAt, timeZone);
        const about = entry.talkedAbout ? ` (talked about ${entry.talkedAbout})` : '';
        findings.push({
          key: key(event, entry.contactId),
          contactId: entry.contactId,
          reasonFor: (name) => `You met ${name} at ${event.name}${about}`,
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
