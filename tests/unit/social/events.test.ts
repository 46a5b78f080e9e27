import { describe, expect, it } from 'vitest';
import type { NetworkingEvent } from '../../../lib/schema/event';
import { eventBatch, eventRecordIds, isPickable, pickableEvents } from '../../../lib/social/events';
import { commitment, HOUR, interaction } from '../engine/factories';

/** An event in a zone, from local wall-clock times given as UTC ISO strings plus the zone's offset in hours. */
function event(id: string, timeZone: string, startedAt: string, endedAt: string | null): NetworkingEvent {
  return {
    id,
    name: `Event ${id}`,
    day: startedAt.slice(0, 10),
    timeZone,
    startedAt: Date.parse(startedAt),
    endedAt: endedAt ? Date.parse(endedAt) : null,
  };
}

describe('isPickable: people can be marked while it is on and later the same day, in the event’s own zone', () => {
  // Lisbon is UTC+1 in June; Tokyo UTC+9; Los Angeles UTC-7.
  const EVENTS = {
    lisbonOn: event('a', 'Europe/Lisbon', '2026-06-02T17:00Z', null),
    // Ended 21:00 local (20:00Z).
    lisbonEnded21h: event('b', 'Europe/Lisbon', '2026-06-02T17:00Z', '2026-06-02T20:00Z'),
    // Ended 23:30 local (22:30Z).
    lisbonEnded2330: event('c', 'Europe/Lisbon', '2026-06-02T17:00Z', '2026-06-02T22:30Z'),
    // Ended 00:40 local on the 3rd (23:40Z on the 2nd).
    lisbonEndedAfterMidnight: event('d', 'Europe/Lisbon', '2026-06-02T18:00Z', '2026-06-02T23:40Z'),
    // Ended 22:00 local (13:00Z).
    tokyo: event('e', 'Asia/Tokyo', '2026-06-02T09:00Z', '2026-06-02T13:00Z'),
    // Ended 18:00 local (01:00Z on the 3rd).
    losAngeles: event('f', 'America/Los_Angeles', '2026-06-02T22:00Z', '2026-06-03T01:00Z'),
  };

  it.each<[string, keyof typeof EVENTS, string, boolean]>([
    ['before it started', 'lisbonOn', '2026-06-02T16:59Z', false],
    ['while it is on', 'lisbonOn', '2026-06-02T20:00Z', true],
    ['still on days later (never ended)', 'lisbonOn', '2026-06-05T20:00Z', true],
    // The rest of the local day of the end counts, up to 23:59 local (22:59Z).
    ['ended, later that evening', 'lisbonEnded21h', '2026-06-02T22:30Z', true],
    // 02:30 local next day is past the day and past six hours after the end.
    ['ended, the next morning', 'lisbonEnded21h', '2026-06-03T07:00Z', false],
    // The six-hour grace covers profiles opened after midnight…
    ['ended before midnight, opened at 01:30', 'lisbonEnded2330', '2026-06-03T00:30Z', true],
    // …but not the afternoon after.
    ['ended before midnight, opened next afternoon', 'lisbonEnded2330', '2026-06-03T13:00Z', false],
    // The day of the end is the 3rd, so that whole day counts.
    ['ended after midnight, opened that afternoon', 'lisbonEndedAfterMidnight', '2026-06-03T15:00Z', true],
    // 23:30 Tokyo is 14:30Z: the same day there, whatever the browser's zone.
    ['Tokyo evening, judged in Tokyo', 'tokyo', '2026-06-02T14:30Z', true],
    // 09:00 Tokyo next day (00:00Z on the 3rd): a new day there, and past six hours.
    ['Tokyo next morning', 'tokyo', '2026-06-03T00:00Z', false],
    // 23:00 local (06:00Z on the 3rd) is the same local day although the UTC date already changed.
    ['Los Angeles evening across the UTC date', 'losAngeles', '2026-06-03T06:00Z', true],
  ])('%s', (_, name, at, expected) => {
    expect(isPickable(EVENTS[name], Date.parse(at))).toBe(expected);
  });

  it('lists the event still on first, then the latest ended', () => {
    const on = event('on', 'UTC', '2026-06-02T18:00Z', null);
    const early = event('early', 'UTC', '2026-06-02T08:00Z', '2026-06-02T10:00Z');
    const later = event('later', 'UTC', '2026-06-02T12:00Z', '2026-06-02T14:00Z');
    const old = event('old', 'UTC', '2026-05-01T08:00Z', '2026-05-01T10:00Z');
    expect(pickableEvents([early, old, on, later], Date.parse('2026-06-02T19:00Z')).map((e) => e.id)).toEqual(
      ['on', 'later', 'early'],
    );
  });
});

describe('eventBatch', () => {
  const ended = event('x', 'Europe/Lisbon', '2026-06-02T18:00Z', '2026-06-03T00:30Z');
  const met = (contactId: string, at: string) =>
    interaction({
      id: eventRecordIds('x', contactId).met,
      contactId,
      kind: 'met',
      at: Date.parse(at),
      eventId: 'x',
    });
  const note = (contactId: string, text: string) =>
    interaction({
      id: eventRecordIds('x', contactId).note,
      contactId,
      kind: 'note',
      at: 0,
      eventId: 'x',
      context: text,
    });
  const promise = (contactId: string, madeAt: string, text = 'Send the deck') =>
    commitment({
      id: eventRecordIds('x', contactId).promise,
      contactId,
      by: 'me',
      dueAt: null,
      madeAt: Date.parse(madeAt),
      text,
    });

  it('holds everyone met before and after midnight, due 48 h after the end, oldest promise first', () => {
    const meetings = [
      met('ana', '2026-06-02T19:00Z'),
      met('bo', '2026-06-02T23:50Z'),
      met('cy', '2026-06-03T00:20Z'),
      met('di', '2026-06-02T21:00Z'),
      // Another event's meeting and a meeting without an event stay out.
      interaction({ contactId: 'ed', kind: 'met', at: Date.parse('2026-06-02T20:00Z'), eventId: 'y' }),
      interaction({ contactId: 'fay', kind: 'met', at: Date.parse('2026-06-02T20:00Z') }),
    ];
    const batch = eventBatch(
      ended,
      meetings,
      [note('bo', 'their robotics startup')],
      [promise('cy', '2026-06-03T00:20Z', 'Intro to Mia'), promise('di', '2026-06-02T21:00Z')],
      48,
    );
    expect(batch.map((entry) => entry.contactId)).toEqual(['di', 'cy', 'ana', 'bo']);
    expect(new Set(batch.map((entry) => entry.dueAt))).toEqual(
      new Set([Date.parse('2026-06-03T00:30Z') + 48 * HOUR]),
    );
    expect(batch.find((entry) => entry.contactId === 'bo')?.talkedAbout).toBe('their robotics startup');
    expect(batch.find((entry) => entry.contactId === 'cy')?.promise?.text).toBe('Intro to Mia');
  });

  it('is empty while the event is on, and a kept promise no longer leads', () => {
    const on = { ...ended, endedAt: null };
    expect(eventBatch(on, [met('ana', '2026-06-02T19:00Z')], [], [], 48)).toEqual([]);
    const kept = { ...promise('bo', '2026-06-02T19:30Z'), status: 'kept' as const };
    const batch = eventBatch(
      ended,
      [met('ana', '2026-06-02T19:00Z'), met('bo', '2026-06-02T19:30Z')],
      [],
      [kept],
      48,
    );
    expect(batch.map((entry) => [entry.contactId, entry.promise])).toEqual([
      ['ana', null],
      ['bo', null],
    ]);
  });
});
