import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import type { DatedChunk } from './dated-commitments';
import { KEY_RANGE, NO_KEY, WHOLE_TABLE } from './key-ranges';
import type { QueueCardChunk } from './queue-cards-middleware';
import type { OpenWeek } from './summary-store';

// The queue's derived rows in one store (v27): the week rows of the open follow-ups (./summary-store.ts), the dated
// commitments' rows (./dated-commitments.ts) and the queue cards (./queue-cards-middleware.ts), each kept under
// [its part, its own key]. The queue reads all three in ONE request. Chromium answered three requests for the same
// ~260 KB in 10–12 ms, one in 3.7–5.4 ms (50,000 people, a page's warm reads, load 2.7 on 2 cores). In the queue
// itself, reads took 22.2 ms with three requests and 15.0 ms with one (seed), 24.8 and 16.1 (even), 20.8 and 19.7
// (heavy): medians of 35 loads each, the two taken in turns.

/** The store that holds them all. */
export const QUEUE_ROWS = 'queueRows';

/**
 * Each kind of row by the name its store had until v26, with the first element of its key: the week rows first,
 * so one key range holds the weeks from a date on and every row of the two others (queueRowsFrom).
 */
export const QUEUE_ROW_PARTS = { openWeeks: 0, datedCommitments: 1, queueCards: 2 } as const;
export type QueueRowPart = keyof typeof QUEUE_ROW_PARTS;
export const QUEUE_ROW_PART_NAMES = Object.keys(QUEUE_ROW_PARTS) as QueueRowPart[];

/** A row as stored: its key beside its own fields. */
export type QueueRowKey = [part: number, own: number];
type Stored<T> = T & { key: QueueRowKey };

const partKey = (part: QueueRowPart, own: number): QueueRowKey => [QUEUE_ROW_PARTS[part], own];

/** The field each kind of row holds its own key in (the key path its store had). */
const OWN_KEY: Record<QueueRowPart, 'week' | 'chunk'> = {
  openWeeks: 'week',
  datedCommitments: 'chunk',
  queueCards: 'chunk',
};

/** A row of this part with its key in the store. */
export const storedRow = <T extends object>(part: QueueRowPart, row: T): Stored<T> => ({
  ...row,
  key: partKey(part, (row as Record<string, unknown>)[OWN_KEY[part]] as number),
});

// Arrays sort after every number, so [part, []] is above each key of the part.
const PART_END: never[] = [];

/** The bounds of every key of a part. */
export const partRange = (part: QueueRowPart) => ({
  lower: [QUEUE_ROW_PARTS[part]],
  upper: [QUEUE_ROW_PARTS[part], PART_END],
});

/**
 * The one range the queue reads: the week rows from `fromWeek` on (none opens after now, and the reader keeps its
 * window), then every dated commitments' row and every queue card.
 */
export const queueRowsFrom = (fromWeek: number) => ({
  lower: partKey('openWeeks', fromWeek),
  upper: [QUEUE_ROW_PARTS.queueCards, PART_END],
});

/** The rows read in one range, by part, in key order. */
export function rowsByPart(rows: readonly { key: QueueRowKey }[]) {
  const parts = {
    openWeeks: [] as OpenWeek[],
    datedCommitments: [] as DatedChunk[],
    queueCards: [] as QueueCardChunk[],
  };
  // Each part's list by its number (the key's first element).
  const byNumber: unknown[][] = [];
  for (const part of QUEUE_ROW_PART_NAMES) byNumber[QUEUE_ROW_PARTS[part]] = parts[part];
  for (const row of rows) byNumber[row.key[0]]?.push(row);
  return parts;
}

/** A range of a part's own keys as the same range of the store's. */
function inPart(part: QueueRowPart, range: DBCoreKeyRange): DBCoreKeyRange {
  const whole = partRange(part);
  if (range.type === WHOLE_TABLE)
    return { type: KEY_RANGE, lower: whole.lower, upper: whole.upper } as DBCoreKeyRange;
  if (range.type === NO_KEY) return range;
  return {
    ...range,
    lower: range.lower === undefined ? whole.lower : partKey(part, range.lower),
    upper: range.upper === undefined ? whole.upper : partKey(part, range.upper),
  };
}

/**
 * The table a middleware keeps one kind of the queue's rows in, as it kept their own store: the same gets, puts,
 * deletes and queries by their own keys (a week, a chunk), made on that part of the queue's rows. On a schema
 * before v27 (an older version's upgrade; a migration test opening an older database) their own store, while it
 * has it; none before it had one.
 */
export function queueRowsTable(down: DBCore, part: QueueRowPart): DBCoreTable | undefined {
  const has = (name: string) => down.schema.tables.some((table) => table.name === name);
  if (!has(QUEUE_ROWS)) return has(part) ? down.table(part) : undefined;
  const rows = down.table(QUEUE_ROWS);
  const ownKeys = <T>(result: T) =>
    (Array.isArray(result) ? result.map((key: QueueRowKey) => key[1]) : result) as T;
  return {
    ...rows,
    getMany: (req) => rows.getMany({ ...req, keys: req.keys.map((key) => partKey(part, key)) }),
    get: (req) => rows.get({ ...req, key: partKey(part, req.key) }),
    count: (req) => rows.count({ ...req, query: { ...req.query, range: inPart(part, req.query.range) } }),
    query: (req) =>
      rows
        .query({ ...req, query: { ...req.query, range: inPart(part, req.query.range) } })
        .then((answer) => (req.values ? answer : { result: ownKeys(answer.result) })),
    openCursor: () => Promise.reject(new Error(`The queue's ${part} rows are not walked by cursor`)),
    // The database's own promise, chained, not awaited in an async function: the middlewares above keep Dexie's
    // transaction zone across it only (./dexie-zone.ts), as `query` above.
    mutate(req: DBCoreMutateRequest) {
      if (req.type === 'delete')
        return rows.mutate({ ...req, keys: req.keys.map((key) => partKey(part, key)) });
      if (req.type === 'deleteRange') return rows.mutate({ ...req, range: inPart(part, req.range) });
      return rows
        .mutate({ ...req, keys: undefined, values: req.values.map((row) => storedRow(part, row)) })
        .then((answer) => ({
          ...answer,
          results: answer.results && ownKeys(answer.results),
          lastResult: answer.lastResult?.[1],
        }));
    },
  };
}
