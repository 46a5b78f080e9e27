import { DAY, dayNumber, formatDay } from '../time/calendar';
import type { FollowUpItem } from './types';

export type QueueGroupId = 'overdue' | 'today' | 'this-week' | 'later';

export interface QueueGroup {
  id: QueueGroupId;
  title: string;
  items: FollowUpItem[];
}

const TITLES: Record<QueueGroupId, string> = {
  overdue: 'Overdue',
  today: 'Today',
  'this-week': 'This week',
  later: 'Later',
};

/** Days from today to the item's due day in the user's zone: 0 today, -1 yesterday. */
export function daysUntilDue(item: Pick<FollowUpItem, 'dueAt'>, now: number, timeZone: string): number {
  return dayNumber(item.dueAt, timeZone) - dayNumber(now, timeZone);
}

/**
 * Days from `today` (a day number, asked of the zone once for a whole queue) to the item's due day, as grouping
 * reads them (before today, today, the six days after, later): exact near that span, and as its edge's neighbour
 * (-1 or 7) beyond it. A zone's offset from UTC is under a day either way, so a moment a whole day before or after
 * the span is so by the calendar too. A page just opened knows no day's offset yet (two Intl calls per day:
 * lib/time/calendar.ts), and the days of two thousand due dates were most of grouping's time there.
 */
function daysFrom(item: Pick<FollowUpItem, 'dueAt'>, today: number, timeZone: string): number {
  if (item.dueAt < (today - 1) * DAY) return -1;
  if (item.dueAt >= (today + 8) * DAY) return 7;
  return dayNumber(item.dueAt, timeZone) - today;
}

/** Late: a hard item whose due day is over (`days` from today). */
const isLate = (item: Pick<FollowUpItem, 'hard'>, days: number) => item.hard && days < 0;

/** Late: a hard item whose due day is over. "Follow up by Thu" is not overdue on Thursday afternoon. */
export function isOverdue(
  item: Pick<FollowUpItem, 'dueAt' | 'hard'>,
  now: number,
  timeZone: string,
): boolean {
  return isLate(item, daysUntilDue(item, now, timeZone));
}

/** The group of an item due in `days` from today. */
function groupIn(item: FollowUpItem, days: number): QueueGroupId {
  if (days < 0) return item.hard ? 'overdue' : 'today';
  if (days === 0) return 'today';
  return days <= 6 ? 'this-week' : 'later';
}

/**
 * Which group an item falls in, by calendar day in the user's zone: "This week" is the next six days.
 * A soft item (a suggestion) past its date is never overdue: it waits in Today.
 */
export function groupOf(item: FollowUpItem, now: number, timeZone: string): QueueGroupId {
  return groupIn(item, daysUntilDue(item, now, timeZone));
}

/** The queue in the side panel's four groups, in that order, empty groups included. */
export function groupQueue(items: readonly FollowUpItem[], now: number, timeZone: string): QueueGroup[] {
  const groups = new Map<QueueGroupId, FollowUpItem[]>(
    (Object.keys(TITLES) as QueueGroupId[]).map((id) => [id, []]),
  );
  const today = dayNumber(now, timeZone);
  for (const item of items) groups.get(groupIn(item, daysFrom(item, today, timeZone)))!.push(item);
  return [...groups].map(([id, grouped]) => ({ id, title: TITLES[id], items: grouped }));
}

/** What the toolbar badge shows: the people with something overdue (the panel lists one row per person). */
export function overdueCount(items: readonly FollowUpItem[], now: number, timeZone: string): number {
  return new Set(items.filter((item) => isOverdue(item, now, timeZone)).map((item) => item.contactId)).size;
}

/** One person in the queue: everything due with them, most pressing first, shown as one row. */
export interface PersonRow {
  contactId: string;
  contactName: string;
  profileUrl: string;
  /** By due date, earliest first; the first is what the row says to do. */
  items: FollowUpItem[];
}

export interface RowGroup {
  id: QueueGroupId;
  title: string;
  rows: PersonRow[];
}

const byDue = (a: FollowUpItem, b: FollowUpItem) => a.dueAt - b.dueAt || a.priority - b.priority;

/**
 * The items by due time, then priority, in a stable order: as they are when already so, as the queue comes
 * (finishQueue sorts it by these first), without sorting two thousand items again each time it is grouped.
 */
function inDueOrder(items: readonly FollowUpItem[]): readonly FollowUpItem[] {
  for (let i = 1; i < items.length; i++) {
    if (byDue(items[i - 1]!, items[i]!) > 0) return [...items].sort(byDue);
  }
  return items;
}

/** One row per person, in order of each person's most pressing item (earliest due, then by priority). */
export function personRows(items: readonly FollowUpItem[]): PersonRow[] {
  const byPerson = new Map<string, PersonRow>();
  for (const item of inDueOrder(items)) {
    const row = byPerson.get(item.contactId);
    if (row) row.items.push(item);
    else
      byPerson.set(item.contactId, {
        contactId: item.contactId,
        contactName: item.contactName,
        profileUrl: item.profileUrl,
        items: [item],
      });
  }
  return [...byPerson.values()];
}

/**
 * A row led by its late item when it has one: a soft suggestion from last week waits in Today, but a promise
 * overdue since yesterday is what the person's row must say first — and the badge counts them as overdue.
 */
function ledByLateItem(row: PersonRow, today: number, timeZone: string): PersonRow {
  const late = row.items.find((item) => isLate(item, daysFrom(item, today, timeZone)));
  if (!late || late === row.items[0]) return row;
  return { ...row, items: [late, ...row.items.filter((item) => item !== late)] };
}

/**
 * The queue as one row per person (a promise and a meeting with the same person are one row with two reasons),
 * each row in the group of its most pressing item (anyone the badge counts as overdue is under Overdue); empty
 * groups are left out.
 */
export function groupRows(items: readonly FollowUpItem[], now: number, timeZone: string): RowGroup[] {
  const today = dayNumber(now, timeZone);
  const byPerson = new Map(
    personRows(items).map((row) => [row.contactId, ledByLateItem(row, today, timeZone)]),
  );
  return groupQueue(
    [...byPerson.values()].map((row) => row.items[0]!),
    now,
    timeZone,
  )
    .map(({ id, title, items: firsts }) => ({
      id,
      title,
      rows: firsts.map((first) => byPerson.get(first.contactId)!),
    }))
    .filter((group) => group.rows.length);
}

/** When a row is due, in a word or two: "2 days late", "Today", "Thu 4 Jun". */
export function dueLabel(item: Pick<FollowUpItem, 'dueAt' | 'hard'>, now: number, timeZone: string): string {
  const days = daysUntilDue(item, now, timeZone);
  if (isOverdue(item, now, timeZone)) return days === -1 ? '1 day late' : `${-days} days late`;
  if (days <= 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  return formatDay(item.dueAt, timeZone);
}
