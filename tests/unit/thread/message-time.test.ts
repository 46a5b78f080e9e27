import { describe, expect, it } from 'vitest';
import { messageMoment, parseClockTime, parseDayHeading } from '../../../lib/thread/message-time';

const now = new Date(2026, 10, 28, 12).getTime(); // Saturday 28 November 2026, local time
const day = (y: number, m: number, d: number) => new Date(y, m, d).getTime();

describe('LinkedIn day headings', () => {
  it.each([
    ['Today', day(2026, 10, 28)],
    ['TODAY', day(2026, 10, 28)],
    ['Yesterday', day(2026, 10, 27)],
    ['Monday', day(2026, 10, 23)],
    ['Saturday', day(2026, 10, 21)],
    ['Fri', day(2026, 10, 27)],
    ['Nov 25', day(2026, 10, 25)],
    ['Dec 3', day(2025, 11, 3)],
    ['Nov 25, 2024', day(2024, 10, 25)],
    ['Wednesday, Nov 25', day(2026, 10, 25)],
    ['September 2', day(2026, 8, 2)],
  ])('%s', (heading, expected) => {
    expect(parseDayHeading(heading, now)).toBe(expected);
  });

  it.each(['', 'Earlier', 'Nov', 'Foo 12', 'Nov 40'])('is no date: %j', (heading) => {
    expect(parseDayHeading(heading, now)).toBeNull();
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
    expect(messageMoment(day(2026, 10, 25), 10 * 3_600_000)).toBe(new Date(2026, 10, 25, 10).getTime());
    expect(messageMoment(day(2026, 10, 25), null)).toBe(day(2026, 10, 25));
    expect(messageMoment(null, 10 * 3_600_000)).toBeNull();
  });
});
