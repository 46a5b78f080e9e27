import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Commitment } from '../schema/commitment';
import { turnsPerTransaction } from './in-turn';
import { chunkOf, keysIn, WHOLE_TABLE } from './queue-cards-middleware';

const COMMITMENTS = 'commitments';

/**
 * The open commitments with a due date (what the promise-due rule reads), a few rows of them (schema v23). The
 * queue read them by the [status+dueAt] index, a row each: Chromium's IndexedDB costs about as much per row as per
 * kilobyte, and the bench's 200 took 5.2 ms, its largest read (the same 200 in 4 rows: 2.3 ms; quiet, medians of 30
 * alone, side by side). Derived from the commitments, never written directly (`datedCommitmentsMiddleware`).
 */
export const DATED_STORE = 'datedCommitments';

/** Rows the commitments are spread over, by a hash of the commitment's id: a write rewrites the row of each. */
export const DATED_CHUNKS = 8;

/** The dated open commitments whose id hashes to `chunk`, by id. */
export interface DatedChunk {
  chunk: number;
  commitments: Record<string, Commitment>;
}

const isDated = (commitment: Commitment) => commitment.status === 'open' && commitment.dueAt !== null;

/** The commitments of these rows, in the [status+dueAt] index's order (by due date, then id). */
export const datedIn = (rows: readonly DatedChunk[]): Commitment[] =>
  rows
    .flatMap((row) => Object.values(row.commitments))
    .sort((a, b) => a.dueAt! - b.dueAt! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The rows that keep these commitments' dated open ones: a migration's, or a check's. */
export function datedChunksOf(commitments: readonly Commitment[]): DatedChunk[] {
  const rows = new Map<number, DatedChunk>();
  for (const commitment of commitments.filter(isDated)) {
    const chunk = chunkOf(commitment.id, DATED_CHUNKS);
    const row = rows.get(chunk) ?? { chunk, commitments: {} };
    row.commitments[commitment.id] = commitment;
    rows.set(chunk, row);
  }
  return [...rows.values()].sort((a, b) => a.chunk - b.chunk);
}

const inTurn = turnsPerTransaction();

/**
 * Puts each written commitment in its row if it is dated and open, out of it otherwise (`null`: deleted), reading
 * and writing each row touched once, in turn with the transaction's other writes of commitments.
 */
function keepRows(
  rows: DBCoreTable,
  trans: DBCoreTransaction,
  written: ReadonlyMap<string, Commitment | null>,
) {
  return inTurn(trans, async () => {
    const chunks = [...new Set([...written.keys()].map((id) => chunkOf(id, DATED_CHUNKS)))];
    if (chunks.length === 0) return;
    const stored = (await rows.getMany({ trans, keys: chunks })) as (DatedChunk | undefined)[];
    const byChunk = new Map(chunks.map((chunk, i) => [chunk, stored[i] ?? { chunk, commitments: {} }]));
    const changed = new Set<DatedChunk>();
    for (const [id, commitment] of written) {
      const row = byChunk.get(chunkOf(id, DATED_CHUNKS))!;
      if (commitment && isDated(commitment)) row.commitments[id] = commitment;
      else if (id in row.commitments) delete row.commitments[id];
      else continue;
      changed.add(row);
    }
    if (changed.size) await rows.mutate({ type: 'put', trans, values: [...changed] });
  });
}

const deleted = (ids: readonly string[]) => new Map(ids.map((id) => [id, null]));

function keepingDated(commitments: DBCoreTable, rows: DBCoreTable): DBCoreTable {
  return {
    ...commitments,
    async mutate(req: DBCoreMutateRequest) {
      const { trans } = req;
      if (req.type === 'deleteRange' && req.range.type === WHOLE_TABLE) {
        const result = await commitments.mutate(req);
        await rows.mutate({ type: 'deleteRange', trans, range: req.range });
        return result;
      }
      // Passed down before anything is awaited, as the queue cards' (./queue-cards-middleware.ts): Dexie's zone.
      if (req.type === 'delete') {
        const result = await commitments.mutate(req);
        await keepRows(rows, trans, deleted(req.keys as string[]));
        return result;
      }
      if (req.type === 'deleteRange') {
        const ids = (await keysIn(commitments, req)) as string[];
        const result = await commitments.mutate(req);
        await keepRows(rows, trans, deleted(ids));
        return result;
      }
      const result = await commitments.mutate(req);
      // The last of rows with the same id is the one stored.
      const written = new Map(
        (req.values as Commitment[])
          .filter((_, i) => !result.failures[i])
          .map((commitment) => [commitment.id, commitment]),
      );
      await keepRows(rows, trans, written);
      return result;
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
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope =
          mode === 'readwrite' && stores.includes(COMMITMENTS)
            ? [...new Set([...stores, DATED_STORE])]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === COMMITMENTS ? keepingDated(table, down.table(DATED_STORE)) : table;
      },
    };
  },
};
