import { describe, expect, it } from 'vitest';
import {
  messageMoment,
  parseClockTime,
  parseDayHeading,
  shownMoment,
} from '../../../lib/thread/message-time';
import { dayNumber, parseDay } from '../../../lib/time/calendar';

const LISBON = 'Europe/Lisbon';
const NEW_YORK = 'America/New_York';
const day = (iso: string) => parseDay(iso)!;
// Saturday 28 November 2026, noon in Lisbon (UTC+0 in winter).
const now = Date.parse('2026-11-28T12:00:00Z');

describe('LinkedIn day headings', () => {
  it.each([
    ['Today', '2026-11-28'],
    ['TODAY', '2026-11-28'],
    ['Yesterday', '2026-11-27'],
    ['Monday', '2026-11-23'],
    ['Saturday', '2026-11-21'],
    ['Fri', '2026-11-27'],
    ['Nov 25', '2026-11-25'],
    ['Dec 3', '2025-12-03'],
    ['Nov 25, 2024', '2024-11-25'],
    ['Wednesday, Nov 25', '2026-11-25'],
    ['September 2', '2026-09-02'],
  ])('%s', (heading, expected) => {
    expect(parseDayHeading(heading, now, LISBON)).toBe(day(expected));
  });

  it.each(['', 'Earlier', 'Nov', 'Foo 12', 'Nov 40', 'Nov 31', 'Feb 29, 2025'])(
    'is no date: %j',
    (heading) => {
      expect(parseDayHeading(heading, now, LISBON)).toBeNull();
    },
  );

  it("is the user's day, not UTC's: at 01:30 UTC on Sunday it is still Saturday evening in New York", () => {
    const sundayEarly = Date.parse('2026-11-29T01:30:00Z');
    expect(parseDayHeading('Today', sundayEarly, NEW_YORK)).toBe(day('2026-11-28'));
    expect(parseDayHeading('Today', sundayEarly, LISBON)).toBe(day('2026-11-29'));
    expect(parseDayHeading('Friday', sundayEarly, NEW_YORK)).toBe(day('2026-11-27'));
  });
});

describe('LinkedIn message times', () => {
  it.each([
    ['10:23 AM', (10 * 60 + 23) * 60_000],
    ['12:05 AM', 5 * 60_000],
    ['12:05 PM', (12 * 60 + 5) * 60_000],
    ['9:00 pm', 21 * 3_600_000],
    ['14:05', (14 * 60 + 5) * 60_000],
  ])('%s', (text, expected) => {
    expect(parseClockTime(text)).toBe(expected);
  });

  it.each(['25:00', '13:00 PM', '10:61', 'soon'])('is no time: %s', (text) => {
    expect(parseClockTime(text)).toBeNull();
  });

  it('puts a time on its day, and without a day gives no moment', () => {
    expect(messageMoment(day('2026-11-25'), 10 * 3_600_000, LISBON)).toBe(Date.parse('2026-11-25T10:00:00Z'));
    expect(messageMoment(day('2026-11-25'), null, NEW_YORK)).toBe(Date.parse('2026-11-25T05:00:00Z'));
    expect(messageMoment(null, 10 * 3_600_000, LISBON)).toBeNull();
  });

  // The clocks change on the last Sunday of March and October in Lisbon, on the second Sunday of March and the first
  // of November in New York: a time on those days is that time on the wall, not midnight plus hours.
  it.each([
    [LISBON, '2026-03-29', '10:23 AM', '2026-03-29T09:23:00Z'], // summer time from 01:00
    [LISBON, '2026-10-25', '10:23 AM', '2026-10-25T10:23:00Z'], // winter time from 02:00
    [LISBON, '2026-10-25', '12:30 AM', '2026-10-24T23:30:00Z'], // before the change, still summer time
    [NEW_YORK, '2026-03-08', '9:00 PM', '2026-03-09T01:00:00Z'], // EDT from 02:00
    [NEW_YORK, '2026-11-01', '9:00 PM', '2026-11-02T02:00:00Z'], // EST from 02:00
    [NEW_YORK, '2026-11-01', '1:15 AM', '2026-11-01T05:15:00Z'], // the first 01:15 of the two
  ])('in %s on %s, %s is %s', (timeZone, iso, time, expected) => {
    const at = messageMoment(day(iso), parseClockTime(time), timeZone)!;
    expect(new Date(at).toISOString()).toBe(new Date(expected).toISOString());
    expect(dayNumber(at, timeZone)).toBe(day(iso));
  });

  it('reads "Yesterday" and a time across the change into summer time in New York', () => {
    const mondayMorning = Date.parse('2026-03-09T13:00:00Z');
    expect(shownMoment('Yesterday', '11:45 PM', mondayMorning, NEW_YORK)).toBe(
      Date.parse('2026-03-09T03:45:00Z'),
    );
    expect(shownMoment('', '11:45 PM', mondayMorning, NEW_YORK)).toBeNull();
  });
});
