import { splitEventBatches } from './event-batches';
import { groupRows, type QueueGroupId } from './grouping';
import type { FollowUpItem } from './types';

/** Rows a group of the side panel shows at once; a long backlog (a new cadence over many people) on request. */
export const FIRST_PAGE = 20;

/**
 * The people the side panel shows for this queue: everyone in an event batch, and in each group the first page
 * of rows, or all of them where the user asked for all. The queue reads the names of these only.
 */
export function shownPeople(
  items: readonly FollowUpItem[],
  now: number,
  timeZone: string,
  expanded: ReadonlySet<QueueGroupId>,
): string[] {
  const { batches, rest } = splitEventBatches(items);
  return [
    ...batches.flatMap((batch) => batch.rows.map((row) => row.contactId)),
    ...groupRows(rest, now, timeZone).flatMap((group) =>
      (expanded.has(group.id) ? group.rows : group.rows.slice(0, FIRST_PAGE)).map((row) => row.contactId),
    ),
  ];
}
