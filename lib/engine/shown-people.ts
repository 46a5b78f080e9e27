import type { QueueGroupId } from './grouping';
import type { QueueLayout } from './queue-layout';

/** Rows a group of the side panel shows at once; a long backlog (a new cadence over many people) on request. */
export const FIRST_PAGE = 20;

/**
 * The people the side panel shows of a queue laid out (./queue-layout.ts): everyone in an event batch, and in each
 * group the first page of rows, or all of them where the user asked for all. The queue reads the names of these only.
 */
export function shownPeople({ batches, groups }: QueueLayout, expanded: ReadonlySet<QueueGroupId>): string[] {
  return [
    ...batches.flatMap((batch) => batch.rows.map((row) => row.contactId)),
    ...groups.flatMap((group) =>
      (expanded.has(group.id) ? group.rows : group.rows.slice(0, FIRST_PAGE)).map((row) => row.contactId),
    ),
  ];
}
