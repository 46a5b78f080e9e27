import type { DBCoreKeyRange, DBCoreTable, DBCoreTransaction } from 'dexie';
import { type ContactSummary, type OpenFollowUp, openFollowUpOf } from '../engine/contact-summary';
import type { Contact } from '../schema/contact';
import type { Interaction } from '../schema/interaction';
import { type ShownPerson, sameShown } from './dated-commitments';
import { WHOLE_RANGE } from './key-ranges';
import { peopleInRows } from './people-in-rows';
import { putInSlices } from './put-in-slices';
import { chunkOf } from './queue-cards-middleware';
import { pageOfId } from './shown-pages';

/**
 * How the per-person summaries and the open follow-ups are stored (schema v19): in a few hundred rows, not one row
 * per person. Chromium's IndexedDB costs about as much per row (~0.16 ms) as per kilobyte, so an import's 30,000
 * summaries took 4.5 s as rows of their own and its open follow-ups 2.4 s; as ~300 rows both took 0.6–0.7 s
 * (the lead's probe, quiet). Everything that reads or writes them goes through this module.
 */
export const SUMMARY_STORE = 'summaryBuckets';
export const OPEN_STORE = 'openWeeks';

/** Rows the summaries are spread over, by a hash of the person's id (as the queue cards are). */
export const SUMMARY_BUCKETS = 256;

/**
 * The span of `since` an open-follow-up row holds. The queue reads the rows of its lookback (at most 30 days:
 * five or six rows) by key range, as it read the people's own rows by the `since` index.
 */
export const OPEN_WEEK_MS = 7 * 86_400_000;

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

/**
 * An open follow-up as a week row stores it, under the person's id, with the person's name and page (v26) while
 * their contact is stored: the queue shows their row without reading their whole contact (about 20 of the 40 gets
 * of the side panel's first open at the bench's shapes). The page only where it is not the one the id gives
 * (./shown-pages.ts). Kept current on every write of the contact (lib/db/summary-middleware.ts); without a name
 * (the contact not stored), the queue reads the contact of a row it shows, and leaves the row out if it is gone.
 * At the bench's seed the lookback's 2 rows (300 people) grew from 50.0 KB to 55.7 KB (V8's serialization).
 */
export interface StoredOpen {
  since: number;
  starts: StoredStart[];
  name?: string;
  page?: string;
}

/** The open follow-ups that opened in one week (`week` = floor(since / OPEN_WEEK_MS)), by person. */
export interface OpenWeek {
  week: number;
  people: Record<string, StoredOpen>;
}

const storedOpen = ({ contactId, since, starts }: OpenFollowUp, shown?: ShownPerson): StoredOpen =>
  named(
    {
      since,
      starts: starts.map(({ contactId: _, excerpt: _excerpt, signature: _signature, ...start }) => start),
    },
    contactId,
    shown,
  );

/** A stored open follow-up with this name and page (none: `shown` undefined, the contact not stored). */
function named(open: StoredOpen, contactId: string, shown: ShownPerson | undefined): StoredOpen {
  const { name: _, page: _page, ...rest } = open;
  if (!shown) return rest;
  const page = shown.profileUrl === pageOfId(contactId) ? {} : { page: shown.profileUrl };
  return { ...rest, name: shown.name, ...page };
}

/** The name and page a stored open follow-up keeps of its person, if it keeps them. */
export const shownIn = (contactId: string, open: StoredOpen): ShownPerson | undefined =>
  open.name === undefined ? undefined : { name: open.name, profileUrl: open.page ?? pageOfId(contactId) };

/** A stored open follow-up made whole again, its starts the person's interactions (their excerpt blank). */
const openOf = (contactId: string, { since, starts }: StoredOpen): OpenFollowUp => ({
  contactId,
  since,
  starts: starts.map((start) => ({ ...start, contactId, excerpt: '' })),
});

export const summaryBucketOf = (contactId: string): number => chunkOf(contactId, SUMMARY_BUCKETS);
export const openWeekOf = (since: number): number => Math.floor(since / OPEN_WEEK_MS);

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

/** The open follow-ups of these week rows that opened within [from, to] (a row's week may reach past either end). */
export function openBetween(rows: readonly OpenWeek[], from: number, to: number): OpenFollowUp[] {
  return rows.flatMap((row) =>
    Object.entries(row.people).flatMap(([contactId, open]) =>
      open.since >= from && open.since <= to ? [openOf(contactId, open)] : [],
    ),
  );
}

/**
 * These people of a week row given `shownFor`'s name and page (undefined: none) where it keeps another; whether the
 * row changed.
 */
function renamedIn(
  row: OpenWeek,
  contactIds: Iterable<string>,
  shownFor: (contactId: string) => ShownPerson | undefined,
): boolean {
  let changed = false;
  for (const contactId of contactIds) {
    const open = row.people[contactId];
    const shown = shownFor(contactId);
    if (!open || sameShown(shownIn(contactId, open), shown)) continue;
    row.people[contactId] = named(open, contactId, shown);
    changed = true;
  }
  return changed;
}

/** The name and page of the people these week rows keep them of (v26), by id. */
export function namedIn(rows: readonly OpenWeek[]): Map<string, ShownPerson> {
  const people = new Map<string, ShownPerson>();
  for (const row of rows) {
    for (const [contactId, open] of Object.entries(row.people)) {
      const shown = shownIn(contactId, open);
      if (shown) people.set(contactId, shown);
    }
  }
  return people;
}

/** Every summary of these rows. */
export const summariesIn = (rows: readonly SummaryBucket[]): ContactSummary[] =>
  rows.flatMap((row) => Object.values(row.people));

/** Every open follow-up of these rows. */
export const openIn = (rows: readonly OpenWeek[]): OpenFollowUp[] =>
  rows.flatMap((row) => Object.entries(row.people).map(([contactId, open]) => openOf(contactId, open)));

/**
 * The rows that store these summaries and their open follow-ups, made whole, with the name and page of their
 * people (`contactOf`; none before v26): a migration's.
 */
export function storedRowsOf(
  summaries: readonly ContactSummary[],
  contactOf: (id: string) => ShownPerson | undefined = () => undefined,
): {
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
    weekRow.people[open.contactId] = storedOpen(open, contactOf(open.contactId));
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
 * between week rows (the stored summary says where a person's was), with their name and page: read from their
 * contact when they first open one, moved with it after, and changed when the contact is written (`name`).
 */
export class SummaryRows {
  constructor(
    private readonly buckets: DBCoreTable,
    private readonly weeks: DBCoreTable,
    private readonly contacts: DBCoreTable,
  ) {}

  /**
   * The name and page of contacts a transaction has written (null: deleted), as its last write of each left them: a
   * follow-up of theirs that opens takes them from here instead of reading the contact (an import's flush opens
   * thousands, right after writing those contacts).
   */
  private readonly knownNames = new WeakMap<DBCoreTransaction, ReadonlyMap<string, ShownPerson | null>>();

  /** Tells the rows the names of the contacts this transaction wrote (see knownNames); undefined: no longer. */
  knowNames(trans: DBCoreTransaction, written: ReadonlyMap<string, ShownPerson | null> | undefined): void {
    if (written) this.knownNames.set(trans, written);
    else this.knownNames.delete(trans);
  }

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
   * into the week it now opened in, their name and page with them (read from their contact if none was open).
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
    // Asked for side by side with the week rows: the people with no follow-up open until now.
    // The contacts written in this transaction are known; the others are read.
    const known = this.knownNames.get(trans);
    const unknown = moves.flatMap(({ contactId, from, to }) =>
      from === undefined && to && !known?.has(contactId) ? [contactId] : [],
    );
    const contacts = unknown.length
      ? this.contacts.getMany({ trans, keys: unknown })
      : Promise.resolve([] as unknown[]);
    return this.weeks.getMany({ trans, keys }).then((stored) =>
      contacts.then((found) => {
        const read = new Map(unknown.map((id, i) => [id, found[i] as Contact | undefined]));
        const freshShown = (id: string): ShownPerson | undefined =>
          known?.has(id) ? (known.get(id) ?? undefined) : read.get(id);
        const rows = new Map(
          keys.map((week, i) => [week, (stored[i] as OpenWeek | undefined) ?? { week, people: {} }]),
        );
        for (const { contactId, from, to } of moves) {
          const was = from === undefined ? undefined : rows.get(from)!.people[contactId];
          if (from !== undefined) delete rows.get(from)!.people[contactId];
          if (!to) continue;
          const shown = from === undefined ? freshShown(contactId) : was && shownIn(contactId, was);
          rows.get(openWeekOf(to.since))!.people[contactId] = storedOpen(to, shown);
        }
        return [...rows.values()];
      }),
    );
  }

  /**
   * The written contacts' name and page into the week rows of their open follow-ups (`null`: deleted, out of them;
   * 'all': every contact cleared): the person's summary says which row holds theirs. A contact written with the
   * name and page its row keeps (a visit captured) rewrites nothing.
   */
  name(
    trans: DBCoreTransaction,
    written: ReadonlyMap<string, ShownPerson | null> | 'all',
  ): PromiseLike<unknown> {
    if (written === 'all')
      return this.nameInEveryWeek(
        trans,
        () => true,
        () => undefined,
      );
    const shownFor = (id: string) => written.get(id) ?? undefined;
    const ids = [...written.keys()];
    const keys = [...new Set(ids.map(summaryBucketOf))];
    if (keys.length === 0) return Promise.resolve();
    // Many people (an import's 30,000 at its flush): every week row searched for them reads far less than the
    // summary rows that say which week holds each (all 256 of them, 1.7 s of the bench's import).
    if (keys.length > SUMMARY_BUCKETS / 4) {
      return this.nameInEveryWeek(trans, (id) => written.has(id), shownFor);
    }
    return this.buckets.getMany({ trans, keys }).then((stored) => {
      const buckets = new Map(keys.map((bucket, i) => [bucket, stored[i] as SummaryBucket | undefined]));
      const byWeek = new Map<number, string[]>();
      for (const id of ids) {
        const since = buckets.get(summaryBucketOf(id))?.people[id]?.openSince;
        if (since === undefined) continue;
        const week = openWeekOf(since);
        const inWeek = byWeek.get(week);
        if (inWeek) inWeek.push(id);
        else byWeek.set(week, [id]);
      }
      if (byWeek.size === 0) return undefined;
      const weeks = [...byWeek.keys()];
      return this.weeks.getMany({ trans, keys: weeks }).then((found) => {
        const changed: OpenWeek[] = [];
        weeks.forEach((week, i) => {
          const row = found[i] as OpenWeek | undefined;
          if (row && renamedIn(row, byWeek.get(week)!, shownFor)) changed.push(row);
        });
        return changed.length ? putInSlices(this.weeks, trans, changed) : undefined;
      });
    });
  }

  /** Every week row read, the people `whose` picks given `shownFor`'s name and page, and the rows changed put back. */
  private nameInEveryWeek(
    trans: DBCoreTransaction,
    whose: (contactId: string) => boolean,
    shownFor: (contactId: string) => ShownPerson | undefined,
  ): PromiseLike<unknown> {
    return this.weeks
      .query({ trans, values: true, query: { index: this.weeks.schema.primaryKey, range: WHOLE_RANGE } })
      .then(({ result }) => {
        const changed = (result as OpenWeek[]).filter((row) =>
          renamedIn(row, Object.keys(row.people).filter(whose), shownFor),
        );
        return changed.length ? putInSlices(this.weeks, trans, changed) : undefined;
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
