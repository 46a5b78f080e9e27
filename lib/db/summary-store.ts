import type { DBCoreKeyRange, DBCoreTable, DBCoreTransaction } from 'dexie';
import { type ContactSummary, type OpenFollowUp, openFollowUpOf } from '../engine/contact-summary';
import type { Interaction } from '../schema/interaction';
import { peopleInRows } from './people-in-rows';
import { putInSlices } from './put-in-slices';
import { chunkOf } from './queue-cards-middleware';
import { OPEN_STORE, OPEN_WEEK_MS, openWeekOf } from './queue-row-stores';

/**
 * How the per-person summaries and the open follow-ups are stored (schema v19): in a few hundred rows, not one row
 * per person. Chromium's IndexedDB costs about as much per row (~0.16 ms) as per kilobyte, so an import's 30,000
 * summaries took 4.5 s as rows of their own and its open follow-ups 2.4 s; as ~300 rows both took 0.6–0.7 s
 * (the lead's probe, quiet). Everything that reads or writes them goes through this module.
 */
export const SUMMARY_STORE = 'summaryBuckets';
export { OPEN_STORE, OPEN_WEEK_MS, openWeekOf };

/** Rows the summaries are spread over, by a hash of the person's id (as the queue cards are). */
export const SUMMARY_BUCKETS = 256;

/** The summaries of the people whose id hashes to `bucket`, by id. */
export interface SummaryBucket {
  bucket: number;
  people: Record<string, ContactSummary>;
}

/**
 * A start as a week row stores it (schema v22): without the person's id, which is the key it is stored under, and
 * the excerpt, which the open follow-up leaves blank. The row of the queue's lookback is its largest read (118 KB
 * of 5 rows at 500,000 heavy, two thirds of it property names and the id repeated); read back, each start is a
 * whole interaction again (`openOf`).
 */
export type StoredStart = Omit<Interaction, 'contactId' | 'excerpt' | 'signature'>;

/** An open follow-up as a week row stores it, under the person's id. */
export interface StoredOpen {
  since: number;
  starts: StoredStart[];
}

/** The open follow-ups that opened in one week (`week` = floor(since / OPEN_WEEK_MS)), by person. */
export interface OpenWeek {
  week: number;
  people: Record<string, StoredOpen>;
}

const storedOpen = ({ since, starts }: OpenFollowUp): StoredOpen => ({
  since,
  starts: starts.map(({ contactId: _, excerpt: _excerpt, signature: _signature, ...start }) => start),
});

/** A stored open follow-up made whole again, its starts the person's interactions (their excerpt blank). */
const openOf = (contactId: string, { since, starts }: StoredOpen): OpenFollowUp => ({
  contactId,
  since,
  starts: starts.map((start) => ({ ...start, contactId, excerpt: '' })),
});

export const summaryBucketOf = (contactId: string): number => chunkOf(contactId, SUMMARY_BUCKETS);

/** Reads summary rows by key, whichever API the caller reads with (Dexie, DBCore, the browser's own). */
export type GetBuckets = (keys: number[]) => PromiseLike<readonly (SummaryBucket | undefined)[]>;

/** The summaries of these people, in their order (undefined where a person has none): one read per row holding them. */
export async function summariesOf(
  get: GetBuckets,
  contactIds: readonly string[],
): Promise<(ContactSummary | undefined)[]> {
  if (contactIds.length === 0) return [];
  return peopleInRows(get, contactIds, summaryBucketOf, (row, id) => row?.people[id]);
}

/** The week rows a window of `since` lies in, as a key range of the open store. */
export const openWeeksBetween = (from: number, to: number) => ({
  from: openWeekOf(from),
  to: openWeekOf(to),
});

/** The open follow-ups of these week rows that opened within [from, to] (a row's week may reach past either end). */
export function openBetween(rows: readonly OpenWeek[], from: number, to: number): OpenFollowUp[] {
  return rows.flatMap((row) =>
    Object.entries(row.people).flatMap(([contactId, open]) =>
      open.since >= from && open.since <= to ? [openOf(contactId, open)] : [],
    ),
  );
}

/** Every summary of these rows. */
export const summariesIn = (rows: readonly SummaryBucket[]): ContactSummary[] =>
  rows.flatMap((row) => Object.values(row.people));

/** Every open follow-up of these rows. */
export const openIn = (rows: readonly OpenWeek[]): OpenFollowUp[] =>
  rows.flatMap((row) => Object.entries(row.people).map(([contactId, open]) => openOf(contactId, open)));

/** The rows that store these summaries and their open follow-ups, made whole: a migration's. */
export function storedRowsOf(summaries: readonly ContactSummary[]): {
  buckets: SummaryBucket[];
  weeks: OpenWeek[];
} {
  const buckets = new Map<number, SummaryBucket>();
  const weeks = new Map<number, OpenWeek>();
  for (const summary of summaries) {
    const bucket = summaryBucketOf(summary.contactId);
    const row = buckets.get(bucket) ?? { bucket, people: {} };
    row.people[summary.contactId] = summary;
    buckets.set(bucket, row);
    const open = openFollowUpOf(summary);
    if (!open) continue;
    const week = openWeekOf(open.since);
    const weekRow = weeks.get(week) ?? { week, people: {} };
    weekRow.people[open.contactId] = storedOpen(open);
    weeks.set(week, weekRow);
  }
  return { buckets: [...buckets.values()], weeks: [...weeks.values()] };
}

/**
 * What a write makes of a person's stored summary: the new one, null when nothing is left, or the stored one
 * itself when unchanged.
 */
export type SummaryChange = (
  contactId: string,
  stored: ContactSummary | undefined,
) => ContactSummary | null | undefined;

const isEmpty = (people: object) => Object.keys(people).length === 0;

/** A person's open follow-up leaving the week it opened in (`from`) and/or entering the week it now opens in. */
interface Move {
  contactId: string;
  from?: number;
  to: OpenFollowUp | null;
}

/**
 * The summary-middleware's side (lib/db/summary-middleware.ts): changes several people's summaries in one
 * transaction, reading and writing each row they touch once (not once per person), and moves their open follow-ups
 * between week rows (the stored summary says where a person's was).
 */
export class SummaryRows {
  constructor(
    private readonly buckets: DBCoreTable,
    private readonly weeks: DBCoreTable,
  ) {}

  /**
   * Applies `change` to each person's summary. Not an async function: it hands back the database's own promises
   * chained, which Dexie keeps its transaction zone across (its hooks below need it; a native await may lose it).
   */
  edit(trans: DBCoreTransaction, contactIds: Iterable<string>, change: SummaryChange): PromiseLike<unknown> {
    const ids = [...new Set(contactIds)];
    const keys = [...new Set(ids.map(summaryBucketOf))];
    return this.buckets.getMany({ trans, keys }).then((stored) => {
      const rows = new Map(
        keys.map((bucket, i) => [bucket, (stored[i] as SummaryBucket | undefined) ?? { bucket, people: {} }]),
      );
      const touched = new Set<SummaryBucket>();
      const moves: Move[] = [];
      for (const contactId of ids) {
        const row = rows.get(summaryBucketOf(contactId))!;
        const before = row.people[contactId];
        // Read before `change`, which may fold into the stored summary itself.
        const wasOpen = before?.openSince;
        const after = change(contactId, before);
        if (after === before) continue;
        if (after) row.people[contactId] = after;
        else if (before) delete row.people[contactId];
        else continue;
        touched.add(row);
        const open = after ? openFollowUpOf(after) : null;
        if (wasOpen !== undefined || open) {
          moves.push({ contactId, from: wasOpen === undefined ? undefined : openWeekOf(wasOpen), to: open });
        }
      }
      if (touched.size === 0) return undefined;
      const buckets = [...touched];
      if (moves.length === 0) return this.write(this.buckets, trans, buckets, (row) => row.bucket);
      // Both stores written side by side, once every read is in.
      return this.weeksOf(trans, moves).then((weeks) =>
        Promise.all([
          this.write(this.buckets, trans, buckets, (row) => row.bucket),
          this.write(this.weeks, trans, weeks, (row) => row.week),
        ]),
      );
    });
  }

  /**
   * The week rows the moves touch, read, with the moves made: each person out of the week their follow-up was in,
   * into the week it now opened in.
   */
  private weeksOf(trans: DBCoreTransaction, moves: readonly Move[]): PromiseLike<OpenWeek[]> {
    const keys = [
      ...new Set(
        moves.flatMap(({ from, to }) => [
          ...(from === undefined ? [] : [from]),
          ...(to ? [openWeekOf(to.since)] : []),
        ]),
      ),
    ];
    return this.weeks.getMany({ trans, keys }).then((stored) => {
      const rows = new Map(
        keys.map((week, i) => [week, (stored[i] as OpenWeek | undefined) ?? { week, people: {} }]),
      );
      for (const { contactId, from, to } of moves) {
        if (from !== undefined) delete rows.get(from)!.people[contactId];
        if (to) rows.get(openWeekOf(to.since))!.people[contactId] = storedOpen(to);
      }
      return [...rows.values()];
    });
  }

  /** Puts the rows that still hold someone and deletes those left empty, both asked for at once. */
  private write<T extends { people: object }>(
    table: DBCoreTable,
    trans: DBCoreTransaction,
    rows: readonly T[],
    keyOf: (row: T) => number,
  ): PromiseLike<unknown> {
    const emptied = rows.filter((row) => isEmpty(row.people)).map(keyOf);
    const kept = rows.filter((row) => !isEmpty(row.people));
    return Promise.all([
      emptied.length ? table.mutate({ type: 'delete', trans, keys: emptied }) : null,
      kept.length ? putInSlices(table, trans, kept) : null,
    ]);
  }

  /** Every summary and open follow-up gone (a wipe, a restore). */
  async clear(trans: DBCoreTransaction, range: DBCoreKeyRange) {
    await this.buckets.mutate({ type: 'deleteRange', trans, range });
    await this.weeks.mutate({ type: 'deleteRange', trans, range });
  }
}
