import { type EventBatch, splitEventBatches } from './event-batches';
import { groupRows, type PersonRow, type RowGroup } from './grouping';
import type { FollowUpItem } from './types';

/** The side panel's queue as it lays it out: one section per event batch, then the groups of everyone else. */
export interface QueueLayout {
  batches: EventBatch[];
  groups: RowGroup[];
}

export const queueLayout = (items: readonly FollowUpItem[], now: number, timeZone: string): QueueLayout => {
  const { batches, rest } = splitEventBatches(items);
  return { batches, groups: groupRows(rest, now, timeZone) };
};

/**
 * The layout of a queue once its shown people are named (lib/db/queries/load-queue.ts › wordShown): their rows hold
 * their worded items and name; a row whose person has no item left (their contact deleted meanwhile) is gone, and so
 * is a section left empty. Naming changes no due date, priority or batch, so this is the layout of the worded queue
 * (`queueLayout` of it), made without laying two thousand items out again: the side panel's first paint, in code run
 * once per open, spent as long on that as on the first layout.
 */
export function withNamed(
  layout: QueueLayout,
  named: readonly FollowUpItem[],
  shown: ReadonlySet<string>,
): QueueLayout {
  const namedByKey = new Map<string, FollowUpItem>();
  for (const item of named) if (shown.has(item.contactId)) namedByKey.set(item.key, item);
  const rowsOf = (rows: readonly PersonRow[]) =>
    rows.flatMap((row): PersonRow[] => {
      if (!shown.has(row.contactId)) return [row];
      const items = row.items.flatMap((item) => namedByKey.get(item.key) ?? []);
      const first = items[0];
      return first ? [{ ...row, contactName: first.contactName, profileUrl: first.profileUrl, items }] : [];
    });
  return {
    batches: layout.batches.flatMap((batch) => {
      const rows = rowsOf(batch.rows);
      return rows.length ? [{ ...batch, rows }] : [];
    }),
    groups: layout.groups.flatMap((group) => {
      const rows = rowsOf(group.rows);
      return rows.length ? [{ ...group, rows }] : [];
    }),
  };
}
