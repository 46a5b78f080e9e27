import { afterEach, describe, expect, it, vi } from 'vitest';
import { snoozeUntil } from '../../../lib/engine/snooze';
import {
  dayNumber,
  endOfDay,
  formatDay,
  isoDay,
  parseDay,
  startOfDay,
  wallClockDate,
} from '../../../lib/time/calendar';

const STOCKHOLM = 'Europe/Stockholm';
const NEW_YORK = 'America/New_York';
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

describe('calendar days in an explicit zone', () => {
  it.each([
    // 23:30 UTC is already the next day in Stockholm, still the same day in New York.
    ['2026-01-15T23:30:00Z', STOCKHOLM, '2026-01-16'],
    ['2026-01-15T23:30:00Z', NEW_YORK, '2026-01-15'],
    ['2026-01-16T04:59:00Z', NEW_YORK, '2026-01-15'],
    ['2026-07-16T03:59:00Z', NEW_YORK, '2026-07-15'],
  ])('%s in %s is %s', (at, zone, day) => {
    expect(dayNumber(Date.parse(at), zone)).toBe(parseDay(day));
  });

  it.each([
    // The spring-forward and fall-back days in both zones: local midnight, whatever the day's length.
    [STOCKHOLM, '2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    [STOCKHOLM, '2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    [NEW_YORK, '2026-03-08', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
    [NEW_YORK, '2026-11-01', '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z'],
  ])('in %s, %s starts at %s and the next day at %s', (zone, day, start, next) => {
    const number = parseDay(day)!;
    expect(iso(startOfDay(number, zone))).toBe(start);
    expect(iso(startOfDay(number + 1, zone))).toBe(next);
  });

  it.each([
    [STOCKHOLM, '2026-03-29', 23],
    [STOCKHOLM, '2026-10-25', 25],
    [NEW_YORK, '2026-03-08', 23],
    [NEW_YORK, '2026-11-01', 25],
    [NEW_YORK, '2026-06-01', 24],
  ])('in %s, %s lasts %i hours up to its last millisecond', (zone, day, hours) => {
    const number = parseDay(day)!;
    expect(endOfDay(number, zone) + 1 - startOfDay(number, zone)).toBe(hours * 3_600_000);
    expect(dayNumber(endOfDay(number, zone), zone)).toBe(number);
    expect(dayNumber(endOfDay(number, zone) + 1, zone)).toBe(number + 1);
  });

  it.each([
    ['2026-01-15T23:30:00Z', STOCKHOLM, '2026-01-16'],
    ['2026-01-15T23:30:00Z', NEW_YORK, '2026-01-15'],
    ['2026-10-25T22:30:00Z', STOCKHOLM, '2026-10-25'],
    ['2026-03-08T04:30:00Z', NEW_YORK, '2026-03-07'],
  ])('%s in %s is the day %s (YYYY-MM-DD)', (at, zone, day) => {
    expect(isoDay(Date.parse(at), zone)).toBe(day);
  });

  it.each(['2026-02-30', '2026-13-01', 'tomorrow', ''])('rejects "%s" as a date', (value) => {
    expect(parseDay(value)).toBeNull();
  });

  it('formats a day in the given zone, not the machine’s', () => {
    expect(formatDay(Date.parse('2026-06-01T23:30:00Z'), STOCKHOLM)).toBe('Tue 2 Jun');
    expect(formatDay(Date.parse('2026-06-01T23:30:00Z'), NEW_YORK)).toBe('Mon 1 Jun');
  });

  it('names every moment’s day as Intl does, on the days the clocks change too', () => {
    const zones = [STOCKHOLM, NEW_YORK, 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (const timeZone of zones) {
      const intl = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
      });
      // Every 47 minutes and 7 seconds of a year, twice (the second time from what the first kept).
      for (let pass = 0; pass < 2; pass++) {
        for (let at = start; at < start + 366 * 86_400_000; at += 2_827_000) {
          if (formatDay(at, timeZone) !== intl.format(at))
            expect(formatDay(at, timeZone)).toBe(intl.format(at));
        }
      }
    }
  });
});

describe('snoozeUntil', () => {
  it.each([
    // Across both changes: the snooze ends at local midnight, an hour off what adding 24-hour days would give.
    [{ days: 1 }, '2026-03-28T20:00:00Z', STOCKHOLM, '2026-03-28T23:00:00.000Z'],
    [{ days: 3 }, '2026-03-28T20:00:00Z', STOCKHOLM, '2026-03-30T22:00:00.000Z'],
    [{ days: 7 }, '2026-10-30T12:00:00Z', NEW_YORK, '2026-11-06T05:00:00.000Z'],
    [{ days: 1 }, '2026-10-31T12:00:00Z', NEW_YORK, '2026-11-01T04:00:00.000Z'],
    [{ date: '2026-11-02' }, '2026-10-31T12:00:00Z', NEW_YORK, '2026-11-02T05:00:00.000Z'],
    [{ date: '2026-10-31' }, '2026-10-31T12:00:00Z', NEW_YORK, null],
    [{ date: '2026-02-30' }, '2026-01-31T12:00:00Z', NEW_YORK, null],
  ])('%o from %s in %s ends at %s', (choice, now, zone, expected) => {
    expect(iso(snoozeUntil(choice, Date.parse(now), zone))).toBe(expected);
  });
});

describe('wall clock (offsets kept per day)', () => {
  const formats = new Map<string, Intl.DateTimeFormat>();
  /** The wall clock as Intl gives it, asked afresh every time. */
  function reference(at: number, timeZone: string): number {
    let format = formats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      formats.set(timeZone, format);
    }
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(at)) parts[part.type] = Number(part.value);
    return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  }
  const DAY_MS = 86_400_000;

  it('agrees with Intl around every clock change of 2026, in zones with odd offsets too', () => {
    const zones = [
      'Europe/Stockholm',
      'America/New_York',
      'America/St_Johns',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kathmandu',
      'UTC',
    ];
    for (const zone of zones) {
      const wrong: string[] = [];
      const check = (at: number) => {
        if (wallClockDate(at, zone).getTime() !== reference(at, zone)) wrong.push(new Date(at).toISOString());
      };
      let changes = 0;
      for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += DAY_MS) {
        const offset = (at: number) => reference(at, zone) - at;
        check(day + 12 * 3_600_000 + 345);
        if (offset(day) === offset(day + DAY_MS - 1000)) continue;
        changes++;
        // The day of a change and those either side, every 7 minutes 13 seconds (every quarter hour is hit).
        for (let at = day - DAY_MS; at < day + 2 * DAY_MS; at += 433_000) check(at);
      }
      expect({ zone, wrong: wrong.slice(0, 3) }).toEqual({ zone, wrong: [] });
      expect(changes).toBe(['Asia/Kathmandu', 'UTC'].includes(zone) ? 0 : 2);
    }
  });
});

describe('prepareZone', () => {
  const now = Date.parse('2026-06-10T21:30:00Z');
  const DAY_MS = 86_400_000;
  /**
   * The day names and numbers grouping and wording ask for (lib/engine/grouping.ts › daysFrom asks the zone from the
   * day before today to a week on), every 50 minutes of that span.
   */
  const askedDays = (calendar: typeof import('../../../lib/time/calendar'), zone: string) => {
    const today = calendar.dayNumber(now, zone);
    const asked: [string, number][] = [];
    for (let at = (today - 1) * DAY_MS; at < (today + 8) * DAY_MS; at += 3_000_000)
      asked.push([calendar.formatDay(at, zone), calendar.dayNumber(at, zone)]);
    return asked;
  };
  /** A fresh copy of the calendar module (nothing cached) and how many times Intl is asked to format meanwhile. */
  async function freshCalendar() {
    vi.resetModules();
    const calendar = await import('../../../lib/time/calendar');
    // `format` is a getter (of a bound function), typed as a method: each use reads it once.
    const format = vi.spyOn(Intl.DateTimeFormat.prototype as { format: unknown }, 'format', 'get');
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    return { calendar, intlCalls: () => format.mock.calls.length + formatToParts.mock.calls.length };
  }
  afterEach(() => vi.restoreAllMocks());

  it.each([STOCKHOLM, NEW_YORK, 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'leaves nothing for a queue to ask Intl about those days in %s, and changes no answer',
    async (zone) => {
      const cold = await freshCalendar();
      const answers = askedDays(cold.calendar, zone);
      expect(cold.intlCalls()).toBeGreaterThan(0);
      vi.restoreAllMocks();

      const prepared = await freshCalendar();
      prepared.calendar.prepareZone(zone, now);
      const before = prepared.intlCalls();
      expect(before).toBeGreaterThan(0);
      expect(askedDays(prepared.calendar, zone)).toEqual(answers);
      expect(prepared.intlCalls()).toBe(before);
    },
  );
});
