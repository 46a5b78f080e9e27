import type { EventBatch } from './event-batches';
import type { PersonRow, QueueGroupId } from './grouping';
import type { QueueLayout } from './queue-layout';
import { FIRST_PAGE } from './shown-people';

/** A row as the side panel's first view draws it, closed: the person and what their first item says. */
export interface FirstViewRow {
  contactId: string;
  contactName: string;
  action: string;
  reason: string;
  dueAt: number;
  hard: boolean;
  /** Their other items ("and 2 more"). */
  more: number;
}

/** A section of the first view: an event's batch (all its rows) or a group (its first page, and how many in all). */
export interface FirstViewBatch {
  id: string;
  name: string;
  dueAt: number;
  rows: FirstViewRow[];
}

export interface FirstViewGroup {
  id: QueueGroupId;
  title: string;
  count: number;
  rows: FirstViewRow[];
}

/**
 * What the side panel shows of a queue before anyone opens a group in full: its event batches, then each group's
 * first page and count. Plain data (kept in extension session storage between opens: lib/browser/kept-first-view.ts),
 * drawn by components/follow-up/first-paint.ts.
 */
export interface FirstView {
  batches: FirstViewBatch[];
  groups: FirstViewGroup[];
}

const rowOf = ({ contactId, contactName, items }: PersonRow): FirstViewRow => {
  const first = items[0]!;
  return {
    contactId,
    contactName,
    action: first.action,
    reason: first.reason,
    dueAt: first.dueAt,
    hard: first.hard,
    more: items.length - 1,
  };
};

/** The first view of a queue laid out (its shown people named: lib/engine/queue-layout.ts › withNamed). */
export function firstViewOf({ batches, groups }: QueueLayout): FirstView {
  return {
    batches: batches.map(({ id, name, dueAt, rows }: EventBatch) => ({
      id,
      name,
      dueAt,
      rows: rows.map(rowOf),
    })),
    groups: groups.map(({ id, title, rows }) => ({
      id,
      title,
      count: rows.length,
      rows: rows.slice(0, FIRST_PAGE).map(rowOf),
    })),
  };
}
