import { DAY, dayNumber, endOfDay, wallClockDate } from '../time/calendar';
import { wordSet } from './features/word-lists';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const END_OF_TODAY = wordSet('today tonight eod');

/** When the words were written, and the writer's IANA time zone: "by Friday" ends at midnight there. */
export interface Clock {
  now: number;
  timeZone: string;
}

const localDate = (clock: Clock): Date => wallClockDate(clock.now, clock.timeZone);

function count(word: string | undefined): number | null {
  if (word === undefined) return null;
  if (/^\d{1,3}$/.test(word)) return Number(word);
  const index = NUMBER_WORDS.indexOf(word);
  return index >= 0 ? index : word === 'a' || word === 'an' ? 1 : null;
}

/** "Friday" on a Friday is today; "next Friday" on a Friday is a week away. */
function daysUntilWeekday(clock: Clock, weekday: number, next: boolean): number {
  const ahead = (weekday - localDate(clock).getUTCDay() + 7) % 7;
  return next && ahead === 0 ? 7 : ahead;
}

function daysUntilDate(clock: Clock, month: number, day: number): number | null {
  if (day < 1 || day > 31) return null;
  const today = localDate(clock);
  const year = today.getUTCFullYear();
  const startOfToday = Date.UTC(year, today.getUTCMonth(), today.getUTCDate());
  let target = Date.UTC(year, month, day);
  if (target < startOfToday) target = Date.UTC(year + 1, month, day);
  return Math.round((target - startOfToday) / DAY);
}

function ordinal(word: string | undefined): number | null {
  const match = word === undefined ? null : /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
  return match ? Number(match[1]) : null;
}

/** Days from today for the first date expression at `i`, or null. */
function daysAt(words: readonly string[], i: number, clock: Clock): number | null {
  const word = words[i]!;
  const next = words[i + 1];
  if (END_OF_TODAY.has(word)) return 0;
  if (word === 'tomorrow') return 1;
  if (word === 'end' && next === 'of') {
    const what = words[i + 2] === 'the' ? words[i + 3] : words[i + 2];
    if (what === 'day') return 0;
    if (what === 'week') return daysUntilWeekday(clock, 5, false);
    if (what === 'month') {
      const today = localDate(clock);
      return (
        new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0)).getUTCDate() -
        today.getUTCDate()
      );
    }
  }
  if (word === 'next' && next === 'week') return daysUntilWeekday(clock, 5, false) + 7;
  const weekday = WEEKDAYS.indexOf(word);
  if (weekday >= 0) return daysUntilWeekday(clock, weekday, words[i - 1] === 'next');
  if ((word === 'in' || word === 'within') && count(next) !== null) {
    const unit = words[i + 2] ?? '';
    const amount = count(next)!;
    if (unit.startsWith('day')) return amount;
    if (unit.startsWith('week')) return amount * 7;
  }
  const month = MONTHS.indexOf(word);
  if (month >= 0 && ordinal(next) !== null) return daysUntilDate(clock, month, ordinal(next)!);
  const monthAfter = MONTHS.indexOf(next ?? '');
  if (monthAfter >= 0 && ordinal(word) !== null) return daysUntilDate(clock, monthAfter, ordinal(word)!);
  return null;
}

/** The end of the first day named in `words` ("by Friday", "tomorrow", "in 3 days", "March 5th"), or null. */
export function resolveDue(words: readonly string[], clock: Clock): number | null {
  for (let i = 0; i < words.length; i++) {
    const days = daysAt(words, i, clock);
    // Counted in calendar days, so a promise across a daylight-saving change still ends at local midnight.
    if (days !== null) return endOfDay(dayNumber(clock.now, clock.timeZone) + days, clock.timeZone);
  }
  return null;
}
