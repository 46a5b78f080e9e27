import { dayNumber } from './calendar';
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

/** What the toolbar badge shows. */
export function overdueCount(items: readonly FollowUpItem[], now: number, timeZone: string): number {
  return items.filter((item) => isOverdue(item, now, timeZone)).length;
}
