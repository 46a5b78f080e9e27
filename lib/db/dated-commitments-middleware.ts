import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Commitment } from '../schema/commitment';
import type { Contact } from '../schema/contact';
import { DATED_CHUNKS, DATED_STORE, type DatedChunk, isDated, sameShown, shownOf } from './dated-commitments';
import { following, turnsInDexieZone } from './dexie-zone';
import { WHOLE_RANGE } from './key-ranges';
import { chunkOf } from './queue-cards-middleware';
import { queueRowsTable } from './queue-rows';

const COMMITMENTS = 'commitments';
const CONTACTS = 'contacts';

const ALL_CHUNKS = Array.from({ length: DATED_CHUNKS }, (_, chunk) => chunk);

/** The ids of the people a row's commitments point at. */
const pointedAt = (row: DatedChunk) => new Set(Object.values(row.commitments).map((c) => c.contactId));

// One turn per transaction for both sides (a commitment written and a contact renamed edit the same rows), in the
// transaction's zone (./dexie-zone.ts).
const inTurn = turnsInDexieZone();

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
    const rows = queueRowsTable(down, DATED_STORE);
    if (!rows) return down;
    const contacts = down.table(CONTACTS);
    return {
      ...down,
      transaction(stores, mode, options) {
        // A commitment written reads its person's name; a contact written edits the rows pointing at them.
        const scope =
          mode === 'readwrite' && (stores.includes(COMMITMENTS) || stores.includes(CONTACTS))
            ? [...new Set([...stores, rows.name, CONTACTS])]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name === COMMITMENTS) {
          return following<Commitment>(table, (trans, written) =>
            written === 'all'
              ? rows.mutate({ type: 'deleteRange', trans, range: WHOLE_RANGE })
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
