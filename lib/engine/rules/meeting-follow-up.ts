import type { Interaction } from '../../schema/interaction';
import { DAY, formatDay, HOUR } from '../../time/calendar';
import { reachedOutAfter } from '../outreach';
import type { QueueFinding } from '../types';
import type { EngineView } from '../view';
import { latest } from '../view';
import { type QueueRule, specific } from './rule';

export const MEETING_KINDS = ['met', 'connected'] as const;
/** After two weeks the moment for a timely follow-up has passed; cadences and weak ties take over. */
export const MEETING_LOOKBACK_MS = 14 * DAY;

/** A meeting or a new connection: what starts a timely follow-up. */
export const isMeeting = (interaction: Interaction) =>
  (MEETING_KINDS as readonly string[]).includes(interaction.kind);

/** A meeting at an event is followed up with the event's batch (event-follow-up), not on its own. */
const isSingleMeeting = (interaction: Interaction) => isMeeting(interaction) && !interaction.eventId;

function describe(meeting: Interaction, name: string, timeZone: string): string {
  const day = formatDay(meeting.at, timeZone);
  if (meeting.kind === 'connected') return `You connected with ${name} on ${day}`;
  return meeting.context ? `You met ${name} at ${meeting.context} on ${day}` : `You met ${name} on ${day}`;
}

const key = (meeting: Interaction) => `meeting-follow-up:${meeting.id}`;

/**
 * Shown as soon as the meeting is logged, due at the end of the window: someone who just met a person should
 * see "follow up by <date>" right away rather than discover it a day later.
 */
export const meetingFollowUp = {
  id: 'meeting-follow-up',
  title: 'Follow up after meeting or connecting',
  section: 'Follow Up Thoughtfully',
  why: 'A personal note within 24–48 hours that mentions what you talked about turns a meeting into a relationship.',
  itemKey: key,
  needs: { opens: { role: 'meeting', settledBy: 'myOutreach', lookbackMs: MEETING_LOOKBACK_MS } },
  opener: {
    body: (item) => {
      const where = specific(item, 'Where you met');
      return [`It was good to meet you${where ? ` at ${where}` : ''}, and I enjoyed our conversation.`];
    },
    close: 'What are you focusing on these days?',
    situation: 'after-meeting',
    writesIn: ['Where you met'],
  },
  find({ contacts, history, settings, now, timeZone }: EngineView): QueueFinding[] {
    const findings: QueueFinding[] = [];
    for (const [contactId, list] of history) {
      const meeting = latest(list, isSingleMeeting);
      if (!meeting || !contacts.has(contactId) || now - meeting.at > MEETING_LOOKBACK_MS) continue;
      if (reachedOutAfter(list, meeting.at)) continue;
      const dueAt = meeting.at + settings.followUpWindowHours[1] * HOUR;
      findings.push({
        key: key(meeting),
        contactId,
        reasonFor: (name) => describe(meeting, name, timeZone),
        action: `Follow up by ${formatDay(dueAt, timeZone)}`,
        dueAt,
        hard: true,
        priority: 1,
        logAs: { kind: 'message-sent', intent: 'follow-up' },
      });
    }
    return findings;
  },
} as const satisfies QueueRule;
