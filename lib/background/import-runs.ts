import type { z } from 'zod';
import type { RapportDatabase } from '../db/database';
import { writeInSlices } from '../db/put-in-slices';
import type { StagedRecords } from '../import/staged-chunk';
import { StagedRecordsSchema } from '../import/staged-chunk-schema';
import { HandledError } from '../protocol/router';

/** A commit in flight (an import's or a restore's): rows written so far, rows to write, and whether to stop. */
export interface ImportRun {
  written: number;
  total: number;
  cancelled: boolean;
  /** Stops the commit's transaction now (it keeps nothing); set once the transaction is open. */
  abort?: () => void;
}

const runsOf = new WeakMap<RapportDatabase, Map<string, ImportRun>>();

/**
 * The commits in flight on this database, by import id (the commit writes them, progress and cancel read them),
 * and the imports cancelled in this worker's life, so a chunk arriving after its cancel is not staged.
 */
export function importRuns(db: RapportDatabase): Map<string, ImportRun> {
  let runs = runsOf.get(db);
  if (!runs) {
    runs = new Map();
    runsOf.set(db, runs);
  }
  return runs;
}

/** Throws (so the transaction aborts and nothing is kept) when the page asked to stop. */
export function stopIfCancelled(run: ImportRun): void {
  if (run.cancelled) throw new HandledError('failed', 'The import was cancelled; nothing was changed.');
}

/**
 * Writes `rows` in slices (lib/db/put-in-slices.ts: a cancel's abort waits for the slices in flight), counting them
 * into the run (each as the records it holds: a thread holds many) and stopping between slices on a cancel.
 */
export function writeInBatches<T>(
  rows: readonly T[],
  write: (batch: T[]) => PromiseLike<unknown>,
  run: ImportRun,
  recordsIn: (row: T) => number = () => 1,
): Promise<void> {
  return writeInSlices(rows, write, countedInRun(run, recordsIn));
}

/** What a write in slices does between them (writeInSlices): stop on a cancel, count what each slice held. */
export function countedInRun<T>(run: ImportRun, recordsIn: (row: T) => number = () => 1) {
  return {
    beforeEach: () => stopIfCancelled(run),
    written: (batch: T[]) => {
      for (const row of batch) run.written += recordsIn(row);
    },
  };
}

/** Items per slice of the commit's long computations (merging 30,000 contacts, making 30,000 threads). */
const ITEMS_PER_SLICE = 1_000;

/**
 * Calls `each` on every item, a slice at a time, inside the commit's transaction. Between slices it awaits
 * `pause`, a request to the database (a timer would let the transaction commit), so the messages waiting for this
 * worker run: a cancel aborts at once instead of after seconds of work, and progress polls are answered. A cancel
 * stops it between slices.
 */
export async function eachInSlices<T>(
  items: readonly T[],
  each: (item: T, index: number) => void,
  run: ImportRun,
  pause: () => PromiseLike<unknown>,
): Promise<void> {
  for (let from = 0; from < items.length; from += ITEMS_PER_SLICE) {
    if (from > 0) await pause();
    stopIfCancelled(run);
    const to = Math.min(from + ITEMS_PER_SLICE, items.length);
    for (let i = from; i < to; i++) each(items[i]!, i);
  }
}

/**
 * Staged chunks read (and then checked) per request. One request for all of an import's (230 chunks of ~1 MB) took
 * 1–3 s, and a cancel's abort waits for the request in flight; the check of what a request read runs before the
 * next is read, and a cancel waits for it too: 8 chunks' check took up to 0.7 s under load (chromium-import, load 5).
 */
const CHUNKS_PER_READ = 2;

/**
 * Calls `each` on the import's staged rows `0 … chunks − 1` in order, a few chunks per request, stopping between on
 * a cancel. The next request is asked for before `each` runs on this one's rows, so the database reads while this
 * worker checks. Answers how many rows were read: fewer than `chunks` when some never arrived (a commit refuses
 * those).
 */
export async function eachStagedRow(
  db: RapportDatabase,
  importId: string,
  chunks: number,
  run: ImportRun,
  each: (seq: number, row: unknown) => void,
): Promise<number> {
  const request = (seq: number) => {
    if (seq >= chunks) return null;
    const rows = db.importChunks
      .where('[importId+seq]')
      .between([importId, seq], [importId, Math.min(seq + CHUNKS_PER_READ, chunks)])
      .toArray();
    // Awaited below unless a cancel stops the loop first: then its failure (the aborted transaction's) is no news.
    rows.catch(() => undefined);
    return rows;
  };
  let read = 0;
  let next = request(0);
  for (let seq = 0; next; seq += CHUNKS_PER_READ) {
    stopIfCancelled(run);
    const rows = await next;
    next = request(seq + CHUNKS_PER_READ);
    for (const row of rows) {
      each(row.seq, row);
      read++;
    }
  }
  return read;
}

/**
 * A backup's staged chunks, in order (eachStagedRow), each checked here, the one place every staged row passes:
 * a row that is not what the schema says fails the commit, naming the part and the field, and nothing is written.
 * Message excerpts are emptied here unless the user keeps them — the background decides, not the page that read
 * the file.
 */
export async function readStaged(
  db: RapportDatabase,
  importId: string,
  chunks: number,
  run: ImportRun,
  storeExcerpts: boolean,
): Promise<StagedRecords[]> {
  const staged: StagedRecords[] = [];
  await eachStagedRow(db, importId, chunks, run, (seq, row) =>
    staged.push(withoutExcerpts(checkedPart(StagedRecordsSchema, seq, chunks, row), storeExcerpts)),
  );
  return staged;
}

/** Staged chunk `seq`'s rows (all of them or a part, as `schema` says) checked, naming the part and field of a wrong one. */
export function checkedPart<T>(schema: z.ZodType<T>, seq: number, chunks: number, row: unknown): T {
  const checked = schema.safeParse(row);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0]!;
  throw new HandledError(
    'bad-request',
    `Part ${seq + 1} of ${chunks} is not valid (${issue.path.join('.')}: ${issue.message}); nothing was written.`,
  );
}

/** A staged chunk's messages without their excerpts, unless the user keeps them. */
export function withoutExcerpts<T extends Pick<StagedRecords, 'interactions' | 'heard'>>(
  chunk: T,
  storeExcerpts: boolean,
): T {
  if (storeExcerpts) return chunk;
  return {
    ...chunk,
    interactions: chunk.interactions.map((row) => ({ ...row, excerpt: '' })),
    heard: chunk.heard?.map((row) => ({ ...row, excerpt: '' })),
  };
}

/**
 * Drops a committed import's staging in a transaction of its own, not awaited: deleting 230 chunks took 1–2 s that
 * the user need not wait for once the import is saved. Should the browser stop the worker first, the next import's
 * begin drops what is left (import-begin.ts).
 */
export function dropStagedLater(db: RapportDatabase, importId: string): void {
  db.importChunks
    .where('importId')
    .equals(importId)
    .delete()
    .catch(() => undefined);
}

/**
 * Runs a staged commit registered under its import id, so progress can be read and a cancel can reach it; once it
 * is committed, its staging is dropped (dropStagedLater). Import and restore commit this way.
 */
export async function asRun<T>(
  db: RapportDatabase,
  importId: string,
  commit: (run: ImportRun) => Promise<T>,
): Promise<T> {
  const run: ImportRun = { written: 0, total: 0, cancelled: false };
  const runs = importRuns(db);
  runs.set(importId, run);
  try {
    const result = await commit(run);
    dropStagedLater(db, importId);
    return result;
  } finally {
    if (runs.get(importId) === run) runs.delete(importId);
  }
}

const STEP_PREFIX = 'import: ';

/**
 * Runs one step of an import under a performance measure named `import: <step>`, so its phases can be read from
 * the background's own timeline (the chromium-import bench reads them from the service worker). Each import
 * begins by clearing the last one's (clearTimedSteps): a background page that lives for days keeps no more.
 */
export async function timedStep<T>(step: string, work: () => PromiseLike<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`${STEP_PREFIX}${step}`, { start });
  }
}

export function clearTimedSteps(): void {
  const names = new Set(performance.getEntriesByType('measure').map((entry) => entry.name));
  for (const name of names) if (name.startsWith(STEP_PREFIX)) performance.clearMeasures(name);
}
