import { dayNumber, parseDay, startOfDay } from '../time/calendar';

export type SnoozeChoice = { days: number } | { date: string };

export const SNOOZE_PRESETS = [
  { label: '1 day', days: 1 },
  { label: '3 days', days: 3 },
  { label: '1 week', days: 7 },
] as const;

/**
 * Until when a snooze hides an item: the start of a calendar day in the user's zone, so "1 day" brings it back
 * tomorrow morning even when a daylight-saving change makes that 23 or 25 hours away. Null for a date not after today.
 */
export function snoozeUntil(choice: SnoozeChoice, now: number, timeZone: string): number | null {
  const today = dayNumber(now, timeZone);
  const day = 'days' in choice ? today + choice.days : parseDay(choice.date);
  if (day === null || day <= today) return null;
  return startOfDay(day, timeZone);
}
