import Dexie, {
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { Commitment } from '../schema/commitment';
import type { Contact } from '../schema/contact';
import { turnsPerTransaction } from './in-turn';
import { chunkOf, keysIn, WHOLE_TABLE } from './queue-cards-middleware';

const COMMITMENTS = 'commitments';
const ANY = { type: WHOLE_TABLE } as DBCoreKeyRange;
const CONTACTS = 'contacts';

/**
 * The open commitments with a due date (what the promise-due rule reads), a few rows of them (schema v23), with the
 * name and page of the people they point at (v24). The queue read them by the [status+dueAt] index, a row each:
 * Chromium's IndexedDB costs about as much per row as per kilobyte, and the bench's 200 took 5.2 ms, its largest
 * read (the same 200 in 4 rows: 2.3 ms; medians of 30 alone, side by side). With the names, the queue needs no read
 * of the whole contact to show a promise's row (40 of the 80 people the side panel shows at the bench's shapes).
 * Derived from the commitments and the contacts, never written directly (`datedCommitmentsMiddleware`).
 */
export const DATED_STORE = 'datedCommitments';

/** Rows the commitments are spread over, by a hash of the commitment's id: a write rewrites the row of each. */
export const DATED_CHUNKS = 8;
const ALL_CHUNKS = Array.from({ length: DATED_CHUNKS }, (_, chunk) => chunk);

/** What a row shows of a person. */
export type ShownPerson = Pick<Contact, 'name' | 'profileUrl'>;

/**
 * The dated open commitments whose id hashes to `chunk`, by id, and the name and page of the people they point at
 * who are stored, by id (kept current on every write of those contacts).
 */
export interface DatedChunk {
  chunk: number;
  commitments: Record<string, Commitment>;
  people: Record<string, ShownPerson>;
}

const isDated = (commitment: Commitment) => commitment.status === 'open' && commitment.dueAt !== null;

const shownOf = ({ name, profileUrl }: ShownPerson): ShownPerson => ({ name, profileUrl });

const sameShown = (known: ShownPerson | undefined, contact: ShownPerson) =>
  !!known && known.name === contact.name && known.profileUrl === contact.profileUrl;

/** The commitments of these rows, in the [status+dueAt] index's order (by due date, then id). */
export const datedIn = (rows: readonly DatedChunk[]): Commitment[] =>
  rows
    .flatMap((row) => Object.values(row.commitments))
    .sort((a, b) => a.dueAt! - b.dueAt! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The name and page of the people these rows' commitments point at, by id. */
export const peopleIn = (rows: readonly DatedChunk[]): Map<string, ShownPerson> =>
  new Map(rows.flatMap((row) => Object.entries(row.people)));

/** The ids of the people a row's commitments point at. */
const pointedAt = (row: DatedChunk) => new Set(Object.values(row.commitments).map((c) => c.contactId));

/**
 * The rows that keep these commitments' dated open ones, with their people's name and page (`contactOf`; none at
 * v23): a migration's, or a check's.
 */
export function datedChunksOf(
  commitments: readonly Commitment[],
  contactOf: (id: string) => ShownPerson | undefined = () => undefined,
): DatedChunk[] {
  const rows = new Map<number, DatedChunk>();
  for (const commitment of commitments.filter(isDated)) {
    const chunk = chunkOf(commitment.id, DATED_CHUNKS);
    const row = rows.get(chunk) ?? { chunk, commitments: {}, people: {} };
    row.commitments[commitment.id] = commitment;
    const person = contactOf(commitment.contactId);
    if (person) row.people[commitment.contactId] = shownOf(person);
    rows.set(chunk, row);
  }
  return [...rows.values()].sort((a, b) => a.chunk - b.chunk);
}

// One turn per transaction for both sides (a commitment written and a contact renamed edit the same rows), chained on
// Dexie's own promise so a task that waited for another starts in the transaction's zone, where Dexie's reads
// below look for it (as the search words', ./search-words-middleware.ts).
const inTurn = turnsPerTransaction(() => Dexie.Promise.resolve());

/**
 * Puts each written commitment in its row if it is dated and open, out of it otherwise (`null`: deleted), with its
 * person's name and page (read with the rows), reading and writing each row touched once, in turn with the
 * transaction's other writes. The people a row points at are then those of its commitments.
 */
function keepCommitments(
  rows: DBCoreTable,
  contacts: DBCoreTable,
  trans: DBCoreTransaction,
  written: ReadonlyMap<string, Commitment | null>,
) {
  return inTurn(trans, async () => {
    const chunks = [...new Set([...written.keys()].map((id) => chunkOf(id, DATED_CHUNKS)))];
    const people = [...new Set([...written.values()].flatMap((c) => (c && isDated(c) ? [c.contactId] : [])))];
    // Both asked for before anything is awaited: Dexie's reads below look for the transaction's zone.
    const [stored, found] = await Promise.all([
      rows.getMany({ trans, keys: chunks }) as Promise<(DatedChunk | undefined)[]>,
      contacts.getMany({ trans, keys: people }) as Promise<(Contact | undefined)[]>,
    ]);
    const read = new Map(people.map((id, i) => [id, found[i]]));
    const byChunk = new Map(
      chunks.map((chunk, i) => [chunk, stored[i] ?? { chunk, commitments: {}, people: {} }]),
    );
    const changed = new Set<DatedChunk>();
    for (const [id, commitment] of written) {
      const row = byChunk.get(chunkOf(id, DATED_CHUNKS))!;
      if (commitment && isDated(commitment)) row.commitments[id] = commitment;
      else if (id in row.commitments) delete row.commitments[id];
      else continue;
      changed.add(row);
    }
    if (changed.size === 0) return;
    for (const row of changed) {
      const kept = row.people;
      row.people = {};
      for (const id of pointedAt(row)) {
        // Read now if a commitment written points at them; kept current by the contacts' writes otherwise.
        const person = read.has(id) ? read.get(id) : kept[id];
        if (person) row.people[id] = shownOf(person);
      }
    }
    await rows.mutate({ type: 'put', trans, values: [...changed] });
  });
}

/**
 * The written contacts' name and page into the rows that point at them, or out of them (`null`: deleted; 'all':
 * every contact cleared), in turn with the transaction's other writes.
 */
function keepPeople(
  rows: DBCoreTable,
  trans: DBCoreTransaction,
  written: ReadonlyMap<string, Contact | null> | 'all',
) {
  return inTurn(trans, async () => {
    const stored = (await rows.getMany({ trans, keys: ALL_CHUNKS })) as (DatedChunk | undefined)[];
    const changed: DatedChunk[] = [];
    for (const row of stored) {
      if (!row) continue;
      const ids = pointedAt(row);
      const edits = written === 'all' ? [...ids].map((id) => [id, null] as const) : [...written];
      let any = false;
      for (const [id, contact] of edits) {
        const known = row.people[id];
        // Most writes of a person (a visit captured) leave their name and page as they were: nothing to write.
        if (!ids.has(id) || (contact ? sameShown(known, contact) : !known)) continue;
        if (contact) row.people[id] = shownOf(contact);
        else delete row.people[id];
        any = true;
      }
      if (any) changed.push(row);
    }
    if (changed.length) await rows.mutate({ type: 'put', trans, values: changed });
  });
}

const deleted = <T>(ids: readonly string[]) => new Map<string, T | null>(ids.map((id) => [id, null]));

/** A write of the middlewares below as Dexie's promise, so what follows it keeps the transaction's zone. */
const below = <T>(write: PromiseLike<T>) => Dexie.Promise.resolve(write);

/**
 * A table whose writes `keep` follows once they are done: `written` (the last of rows with the same id is the one
 * stored), `null` for a deleted key, 'all' for the table cleared. Chained on Dexie's promises, not awaited: Dexie
 * keeps its transaction zone across those only, and its reads below need it (an import's contacts write failed).
 */
function following<T extends { id: string }>(
  table: DBCoreTable,
  keep: (trans: DBCoreTransaction, written: ReadonlyMap<string, T | null> | 'all') => PromiseLike<unknown>,
): DBCoreTable {
  const then = (
    req: DBCoreMutateRequest,
    kept: (result: DBCoreMutateResponse) => ReadonlyMap<string, T | null> | 'all',
  ) => below(table.mutate(req)).then((result) => below(keep(req.trans, kept(result))).then(() => result));
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (req.type === 'deleteRange' && req.range.type === WHOLE_TABLE) return then(req, () => 'all');
      if (req.type === 'delete') return then(req, () => deleted<T>(req.keys as string[]));
      if (req.type === 'deleteRange') {
        return below(keysIn(table, req)).then((ids) => then(req, () => deleted<T>(ids as string[])));
      }
      return then(
        req,
        (result) =>
          new Map(
            (req.values as T[]).filter((_, i) => !result.failures[i]).map((row) => [row.id, row] as const),
          ),
      );
    },
  };
}

/**
 * Keeps the dated commitments' rows current on EVERY write of a commitment, whoever makes it (add, status set,
 * contact deleted or joined, restore, wipe), as the queue cards are kept on every write of a contact. Every
 * read-write transaction on commitments also takes the rows.
 */
export const datedCommitmentsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'dated-commitments',
  // Above Dexie's own (0–2), so live queries see the rows change, as the queue cards'.
  level: 9,
  create(down) {
    // Schemas before v23 (a migration test opening an older database) have no rows to keep.
    if (!down.schema.tables.some((table) => table.name === DATED_STORE)) return down;
    const rows = down.table(DATED_STORE);
    const contacts = down.table(CONTACTS);
    return {
      ...down,
      transaction(stores, mode, options) {
        // A commitment written reads its person's name; a contact written edits the rows pointing at them.
        const scope =
          mode === 'readwrite' && (stores.includes(COMMITMENTS) || stores.includes(CONTACTS))
            ? [...new Set([...stores, DATED_STORE, CONTACTS])]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name === COMMITMENTS) {
          return following<Commitment>(table, (trans, written) =>
            written === 'all'
              ? rows.mutate({ type: 'deleteRange', trans, range: ANY })
              : keepCommitments(rows, contacts, trans, written),
          );
        }
        if (name === CONTACTS)
          return following<Contact>(table, (trans, written) => keepPeople(rows, trans, written));
        return table;
      },
    };
  },
};
