import { atWallClock, DAY, dayNumber, startOfDay, wallClockDate, weekdayOf } from '../time/calendar';

// LinkedIn dates a thread with day headings ("Today", "Monday", "Nov 25", "Nov 25, 2025") and each group of
// messages with a time ("10:23 AM", "14:05"). Both are read in the user's own time zone, as LinkedIn shows them,
// through lib/time's calendar days (a day across a daylight-saving change is 23 or 25 hours). The content script sends the labels as shown and the background worker reads them here (lib/background/handlers/
// thread-read.ts): the worker's clock and zone are the user's, whatever a page reports, and the parsing stays out
// of the script that runs on every LinkedIn page.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The calendar day (lib/time's day number) of a date, or null when there is no such date (Nov 31). */
function dayOfDate(year: number, month: number, date: number): number | null {
  const utc = Date.UTC(year, month, date);
  return new Date(utc).getUTCDate() === date ? utc / DAY : null;
}

/**
 * The calendar day a heading names in `timeZone`, relative to `now`; null when the heading is not a date. A
 * weekday means the latest such day before today (LinkedIn writes "Monday" for the past week); a month and day
 * without a year the latest such date not after today.
 */
export function parseDayHeading(heading: string, now: number, timeZone: string): number | null {
  const text = heading.trim().toLowerCase().replace(/\s+/g, ' ');
  const today = dayNumber(now, timeZone);
  if (text === 'today') return today;
  if (text === 'yesterday') return today - 1;
  const weekday = WEEKDAYS.findIndex((day) => text === day || text === day.slice(0, 3));
  if (weekday >= 0) return today - (((weekdayOf(today) - weekday + 6) % 7) + 1);
  const dated = /^(?:[a-z]+, )?([a-z]{3})[a-z]*\.? (\d{1,2})(?:, (\d{4}))?$/.exec(text);
  if (!dated) return null;
  const month = MONTHS.indexOf(dated[1]!);
  const date = Number(dated[2]);
  if (month < 0) return null;
  if (dated[3]) return dayOfDate(Number(dated[3]), month, date);
  const thisYear = wallClockDate(now, timeZone).getUTCFullYear();
  const named = dayOfDate(thisYear, month, date);
  if (named !== null && named <= today) return named;
  return dayOfDate(thisYear - 1, month, date);
}

/** Milliseconds after midnight for "10:23 AM", "10:23 pm" or "14:05"; null when it is not a time. */
export function parseClockTime(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.[0]?.toLowerCase();
  if (minutes > 59 || hours > (half ? 12 : 23)) return null;
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  return (hours * 60 + minutes) * 60_000;
}

/** A message's moment from its calendar day and time in `timeZone`; a time without a known day is no moment. */
export function messageMoment(day: number | null, time: number | null, timeZone: string): number | null {
  if (day === null) return null;
  return time === null ? startOfDay(day, timeZone) : atWallClock(day, time, timeZone);
}

/** The moment of a message from the labels the page shows ('' when it shows none), relative to `now`. */
export function shownMoment(day: string, time: string, now: number, timeZone: string): number | null {
  return messageMoment(parseDayHeading(day, now, timeZone), parseClockTime(time), timeZone);
}
