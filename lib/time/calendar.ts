export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * One Intl.DateTimeFormat per time zone for each format: building one costs far more than formatting with it,
 * and a queue formats thousands of dates. Keyed by zone alone, so a lookup costs no more than a Map read.
 */
function perZone(make: (timeZone: string) => Intl.DateTimeFormat): (timeZone: string) => Intl.DateTimeFormat {
  const byZone = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let cached = byZone.get(timeZone);
    if (!cached) {
      cached = make(timeZone);
      byZone.set(timeZone, cached);
    }
    return cached;
  };
}

const wallClockFormatter = perZone(
  (timeZone) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
);
const dayFormatter = perZone(
  (timeZone) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }),
);
const monthFormatter = perZone((timeZone) => new Intl.DateTimeFormat('en-GB', { timeZone, month: 'long' }));
const monthYearFormatter = perZone(
  (timeZone) => new Intl.DateTimeFormat('en-GB', { timeZone, month: 'long', year: 'numeric' }),
);

/** The wall-clock time of `at` in `timeZone`, written as if it were UTC, asked of Intl (some 30 µs a call). */
function exactWallClock(at: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(at)) parts[part.type] = Number(part.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** Per zone, the offset from UTC of each UTC day that has one offset throughout (null: it has a change). */
const dayOffsets = new Map<string, Map<number, number | null>>();
const OFFSET_DAYS_KEPT = 20_000;

/**
 * The wall-clock time of `at` in `timeZone`, written as if it were UTC (so day arithmetic is plain division).
 * A queue of two thousand items asks for a few days each time it is grouped, on every render: the offset is kept
 * per UTC day when the day starts and ends on the same one (a zone changes its offset a few times a year, never
 * there and back within a day), and asked of Intl on the days of a change.
 */
function wallClock(at: number, timeZone: string): number {
  let offsets = dayOffsets.get(timeZone);
  if (!offsets) {
    offsets = new Map();
    dayOffsets.set(timeZone, offsets);
  }
  const day = Math.floor(at / DAY);
  let offset = offsets.get(day);
  if (offset === undefined) {
    const start = day * DAY;
    const first = exactWallClock(start, timeZone) - start;
    const last = exactWallClock(start + DAY - 1000, timeZone) - (start + DAY - 1000);
    offset = first === last ? first : null;
    if (offsets.size >= OFFSET_DAYS_KEPT) offsets.clear();
    offsets.set(day, offset);
  }
  // Whole seconds, as Intl gives them.
  return offset === null ? exactWallClock(at, timeZone) : Math.floor(at / 1000) * 1000 + offset;
}

/**
 * The calendar day of `at` in `timeZone`, counted in days since 1970-01-01. Grouping compares these numbers
 * rather than hours, because a day across a daylight-saving change lasts 23 or 25 hours.
 */
export function dayNumber(at: number, timeZone: string): number {
  return Math.floor(wallClock(at, timeZone) / DAY);
}

/** `at` as the wall clock in `timeZone` shows it, in a Date read with its UTC getters (getUTCDay is the weekday there). */
export function wallClockDate(at: number, timeZone: string): Date {
  return new Date(wallClock(at, timeZone));
}

/** The user's calendar day of a moment as YYYY-MM-DD, e.g. for the one-visit-a-day id. */
export function isoDay(at: number, timeZone: string): string {
  return wallClockDate(at, timeZone).toISOString().slice(0, 10);
}

/** The first moment of a calendar day in `timeZone` (epoch ms); the clock may skip local midnight, hence the check. */
export function startOfDay(day: number, timeZone: string): number {
  const midnight = day * DAY;
  let at = midnight - (wallClock(midnight, timeZone) - midnight);
  at = midnight - (wallClock(at, timeZone) - at);
  return dayNumber(at, timeZone) < day ? at + HOUR : at;
}

/**
 * The moment a wall clock in `timeZone` shows `timeOfDay` (ms after midnight) on a calendar day: through the zone's
 * offset at that hour, not by adding hours to midnight, so "10:23" on a daylight-saving day is 10:23 there. A time
 * the clock skips (the hour sprung over) reads as the same time on the offset before the change.
 */
export function atWallClock(day: number, timeOfDay: number, timeZone: string): number {
  const shown = day * DAY + timeOfDay;
  const guess = shown - (wallClock(shown, timeZone) - shown);
  return shown - (wallClock(guess, timeZone) - guess);
}

/** The weekday of a calendar day, 0 for Sunday to 6 for Saturday (1970-01-01, day 0, was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** The last millisecond of a calendar day in `timeZone`: the day is 23, 24 or 25 hours long. */
export function endOfDay(day: number, timeZone: string): number {
  return startOfDay(day + 1, timeZone) - 1;
}

/** Parses "YYYY-MM-DD" (a date input's value) into a day number, or null when it is not a real date. */
export function parseDay(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(utc).toISOString().startsWith(value) ? utc / DAY : null;
}

/** Per zone, each calendar day's "Mon 3 Jun": a queue words two thousand dates, most of them on a few days. */
const dayNames = new Map<string, Map<number, string>>();

/** "Mon 3 Jun" in the user's zone: short enough for a queue line, unambiguous within the year. */
export function formatDay(at: number, timeZone: string): string {
  let names = dayNames.get(timeZone);
  if (!names) {
    names = new Map();
    dayNames.set(timeZone, names);
  }
  const day = dayNumber(at, timeZone);
  let name = names.get(day);
  if (name === undefined) {
    name = dayFormatter(timeZone).format(at);
    if (names.size >= OFFSET_DAYS_KEPT) names.clear();
    names.set(day, name);
  }
  return name;
}

/** "March", or "March 2025" when it is not this year, for "since March". */
export function formatMonth(at: number, now: number, timeZone: string): string {
  const year = (moment: number) => new Date(wallClock(moment, timeZone)).getUTCFullYear();
  const withYear = year(at) !== year(now);
  return (withYear ? monthYearFormatter : monthFormatter)(timeZone).format(at);
}

/**
 * The user's IANA time zone, for calendar days, due dates and dates in the text: the runtime's. The worker asks
 * its own runtime rather than take a content script's word (a page's clock settings can differ, or be forged).
 */
export const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Makes the zone's formatters and learns the days a queue is grouped by (lib/engine/grouping.ts › daysFrom asks the
 * zone from yesterday to a week on), their offsets and names, as formatDay and dayNumber would on first use: the
 * first Intl formatter of a page costs milliseconds (its locale and zone data loaded), which the side panel pays
 * here, while it waits for its database, not while the queue is found and grouped.
 */
export function prepareZone(timeZone: string, now: number) {
  const today = dayNumber(now, timeZone);
  // Each UTC day's first and last moment: its offset, and the names of the zone's days it overlaps.
  for (let day = today - 1; day <= today + 7; day++) {
    formatDay(day * DAY, timeZone);
    formatDay((day + 1) * DAY - 1, timeZone);
  }
}
