import { dayNumber, formatDay } from '../time/calendar';
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

/** Late: a hard item whose due day is over. "Follow up by Thu" is not overdue on Thursday afternoon. */
export function isOverdue(
  item: Pick<FollowUpItem, 'dueAt' | 'hard'>,
  now: number,
  timeZone: string,
): boolean {
  return item.hard && daysUntilDue(item, now, timeZone) < 0;
}

/**
 * Which group an item falls in, by calendar day in the user's zone: "This week" is the next six days.
 * A soft item (a suggestion) past its date is never overdue: it waits in Today.
 */
export function groupOf(item: FollowUpItem, now: number, timeZone: string): QueueGroupId {
  const days = daysUntilDue(item, now, timeZone);
  if (days < 0) return item.hard ? 'overdue' : 'today';
  if (days === 0) return 'today';
  return days <= 6 ? 'this-week' : 'later';
}

/** The queue in the side panel's four groups, in that order, empty groups included. */
export function groupQueue(items: readonly FollowUpItem[], now: number, timeZone: string): QueueGroup[] {
  const groups = new Map<QueueGroupId, FollowUpItem[]>(
    (Object.keys(TITLES) as QueueGroupId[]).map((id) => [id, []]),
  );
  for (const item of items) groups.get(groupOf(item, now, timeZone))!.push(item);
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

/** One row per person, in order of each person's most pressing item (earliest due, then by priority). */
export function personRows(items: readonly FollowUpItem[]): PersonRow[] {
  const byPerson = new Map<string, PersonRow>();
  for (const item of [...items].sort((a, b) => a.dueAt - b.dueAt || a.priority - b.priority)) {
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
function ledByLateItem(row: PersonRow, now: number, timeZone: string): PersonRow {
  const late = row.items.find((item) => isOverdue(item, now, timeZone));
  if (!late || late === row.items[0]) return row;
  return { ...row, items: [late, ...row.items.filter((item) => item !== late)] };
}

/**
 * The queue as one row per person (a promise and a meeting with the same person are one row with two reasons),
 * each row in the group of its most pressing item (anyone the badge counts as overdue is under Overdue); empty
 * groups are left out.
 */
export function groupRows(items: readonly FollowUpItem[], now: number, timeZone: string): RowGroup[] {
  const byPerson = new Map(
    personRows(items).map((row) => [row.contactId, ledByLateItem(row, now, timeZone)]),
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
export function dueLabel(item: FollowUpItem, now: number, timeZone: string): string {
  const days = daysUntilDue(item, now, timeZone);
  if (isOverdue(item, now, timeZone)) return days === -1 ? '1 day late' : `${-days} days late`;
  if (days <= 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  return formatDay(item.dueAt, timeZone);
}
