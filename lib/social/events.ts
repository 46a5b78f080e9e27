import type { Commitment } from '../schema/commitment';
import type { NetworkingEvent } from '../schema/event';
import type { Interaction } from '../schema/interaction';
import { DAY, dayNumber, HOUR, startOfDay } from '../time/calendar';

// Event mode (whitepaper: Follow Up Thoughtfully — "a personal note within 24–48 hours … referencing specific
// elements of your conversation"). Everyone met at one event is followed up as one batch once it ends.

/** An evening event often runs past midnight: profiles opened in the small hours still belong to it. */
export const LATE_GRACE_MS = 6 * HOUR;
/** After two weeks the moment for a timely follow-up has passed (as for single meetings). */
export const EVENT_LOOKBACK_MS = 14 * DAY;

/** The ids of what "met here" stores for one person at one event, so a second tap updates instead of adding. */
export const eventRecordIds = (eventId: string, contactId: string) => ({
  met: `event:${eventId}:met:${contactId}`,
  note: `event:${eventId}:note:${contactId}`,
  promise: `event:${eventId}:promise:${contactId}`,
});

/**
 * Can people still be marked "met here" at `now`? While it is on, and after it ended until the end of that
 * calendar day in the event's own zone (the user may have travelled since), or six hours after the end when that
 * is later, so an event ending at 23:30 still covers the profiles opened after midnight.
 */
export function isPickable(event: NetworkingEvent, now: number): boolean {
  if (now < event.startedAt) return false;
  if (event.endedAt === null) return true;
  const endOfThatDay = startOfDay(dayNumber(event.endedAt, event.timeZone) + 1, event.timeZone);
  return now < Math.max(endOfThatDay, event.endedAt + LATE_GRACE_MS);
}

/** The events a profile opened at `now` can be marked at, the one still on first, then the latest ended. */
export function pickableEvents(events: readonly NetworkingEvent[], now: number): NetworkingEvent[] {
  return events
    .filter((event) => isPickable(event, now))
    .sort((a, b) => (a.endedAt === null ? -1 : b.endedAt === null ? 1 : b.endedAt - a.endedAt));
}

/** One person met at an event, with what was logged to mention in the follow-up. */
export interface BatchEntry {
  contactId: string;
  meeting: Interaction;
  talkedAbout: string;
  /** My promise made there, if any: kept by the follow-up. */
  promise: Commitment | null;
  /** The end of the follow-up window after the event ended. */
  dueAt: number;
}

/**
 * The follow-up batch of an ended event: everyone marked "met here", due `windowHours` after it ended, those with
 * a promise first and the oldest promise first (it has waited longest), then in the order they were met.
 */
export function eventBatch(
  event: NetworkingEvent,
  meetings: readonly Interaction[],
  notes: readonly Interaction[],
  commitments: readonly Commitment[],
  windowHours: number,
): BatchEntry[] {
  if (event.endedAt === null) return [];
  const dueAt = event.endedAt + windowHours * HOUR;
  const entries: BatchEntry[] = [];
  for (const meeting of meetings) {
    if (meeting.eventId !== event.id || meeting.kind !== 'met') continue;
    const ids = eventRecordIds(event.id, meeting.contactId);
    const note = notes.find((n) => n.id === ids.note);
    const promise = commitments.find((c) => c.id === ids.promise && c.status === 'open') ?? null;
    entries.push({ contactId: meeting.contactId, meeting, talkedAbout: note?.context ?? '', promise, dueAt });
  }
  const promisedAt = (entry: BatchEntry) => entry.promise?.madeAt ?? Number.POSITIVE_INFINITY;
  return entries.sort(
    (a, b) =>
      promisedAt(a) - promisedAt(b) || a.meeting.at - b.meeting.at || a.contactId.localeCompare(b.contactId),
  );
}
