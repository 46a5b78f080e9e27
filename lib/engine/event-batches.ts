import { type PersonRow, personRows } from './grouping';
import type { FollowUpItem } from './types';

/** Everyone met at one event, due together. */
export interface EventBatch {
  id: string;
  name: string;
  /** When the batch is due: its first item's date (the rule gives every item of a batch the same day). */
  dueAt: number;
  rows: PersonRow[];
}

/**
 * The side panel's queue: one batch per event (in the order the queue first names them), above the rest.
 * A person appears once: whoever was met at an event has every other reason too (an overdue thank-you, a promise)
 * in their batch row, most pressing first, and is left out of the groups below; someone met at two events sits in
 * the first event's batch with both reasons.
 */
export function splitEventBatches(items: readonly FollowUpItem[]): {
  batches: EventBatch[];
  rest: FollowUpItem[];
} {
  const batchOf = new Map<string, string>();
  const batches = new Map<string, { id: string; name: string; firsts: FollowUpItem[] }>();
  for (const item of items) {
    if (!item.batch) continue;
    const batch = batches.get(item.batch.id) ?? { id: item.batch.id, name: item.batch.name, firsts: [] };
    batches.set(item.batch.id, batch);
    batch.firsts.push(item);
    if (!batchOf.has(item.contactId)) batchOf.set(item.contactId, item.batch.id);
  }
  const rowOf = new Map(
    personRows(items.filter((item) => batchOf.has(item.contactId))).map((row) => [row.contactId, row]),
  );
  const laidOut: EventBatch[] = [];
  for (const { id, name, firsts } of batches.values()) {
    const ordered = [...firsts].sort((a, b) => a.batch!.order - b.batch!.order);
    const people = [...new Set(ordered.map((item) => item.contactId))].filter(
      (contactId) => batchOf.get(contactId) === id,
    );
    if (people.length)
      laidOut.push({
        id,
        name,
        dueAt: ordered[0]!.dueAt,
        rows: people.map((contactId) => rowOf.get(contactId)!),
      });
  }
  return { batches: laidOut, rest: items.filter((item) => !batchOf.has(item.contactId)) };
}
