import type { RapportDatabase } from '../db/database';
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

/**
 * Rows written per request inside the commit's one transaction: few enough that a cancel is seen within a fraction
 * of a second (it is checked between batches), many enough that each request is worth its round trip. Batches
 * also keep the queue of pending requests short (a queue of 200,000 costs memory in every IndexedDB).
 */
export const WRITE_BATCH = 1_000;

/** Throws (so the transaction aborts and nothing is kept) when the page asked to stop. */
export function stopIfCancelled(run: ImportRun): void {
  if (run.cancelled) throw new HandledError('failed', 'The import was cancelled; nothing was changed.');
}

/**
 * Writes `rows` in batches, counting them into the run (each as the records it holds: a thread holds many) and
 * stopping between batches on a cancel.
 */
export async function writeInBatches<T>(
  rows: readonly T[],
  write: (batch: T[]) => Promise<unknown>,
  run: ImportRun,
  recordsIn: (row: T) => number = () => 1,
): Promise<void> {
  for (let i = 0; i < rows.length; i += WRITE_BATCH) {
    stopIfCancelled(run);
    const batch = rows.slice(i, i + WRITE_BATCH);
    await write(batch);
    for (const row of batch) run.written += recordsIn(row);
  }
}

/** Runs a commit registered under its import id, so progress can be read and a cancel can reach it. */
export async function asRun<T>(
  db: RapportDatabase,
  importId: string,
  commit: (run: ImportRun) => Promise<T>,
): Promise<T> {
  const run: ImportRun = { written: 0, total: 0, cancelled: false };
  const runs = importRuns(db);
  runs.set(importId, run);
  try {
    return await commit(run);
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
