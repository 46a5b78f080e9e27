import type { StagedProgress } from './send-import';

/**
 * What writing one record costs the commit, against sending it to the background (read back from the worker,
 * checked and staged). Without it the time left would be read off the sending pace alone, and run out long before
 * the import does. Set from the chromium-import bench's phases (npm run bench -- --filter chromium-import, its
 * saveCostPerSend): with imported history one row per person (schema v16) it measured 1.05–1.54, median 1.16
 * (n=4, 7,500 + 50,000 and 30,000 + 200,000, on a loaded machine: a ratio of two phases under the same load).
 */
export const SAVE_COST_PER_SEND = 1.2;

export interface ImportProgressView {
  /** What is happening, in rows: "Sending 5,000 of 230,000 rows". */
  label: string;
  /** Of the whole import's work, 0–1. */
  fraction: number;
  /** From the pace so far; null until anything is done. */
  secondsLeft: number | null;
}

/**
 * How far an import is, as one bar over both of its steps (sending every record, then saving every row in one
 * transaction), each row weighed by what it costs, and the time left from the pace of that work so far.
 */
export function importProgressView(
  progress: StagedProgress,
  records: number,
  elapsedMs: number,
): ImportProgressView {
  const saveTotal = progress.phase === 'saving' ? progress.total : records;
  const totalWork = records + SAVE_COST_PER_SEND * saveTotal;
  const doneWork =
    progress.phase === 'sending' ? progress.done : records + SAVE_COST_PER_SEND * progress.done;
  const fraction = totalWork > 0 ? Math.min(doneWork / totalWork, 1) : 0;
  const rows = (n: number) => n.toLocaleString('en');
  const label =
    progress.phase === 'sending'
      ? `Sending ${rows(progress.done)} of ${rows(records)} rows`
      : `Saving ${rows(progress.done)} of ${rows(progress.total)} rows`;
  const secondsLeft =
    doneWork > 0 && elapsedMs > 0 ? Math.ceil(((totalWork - doneWork) * elapsedMs) / doneWork / 1000) : null;
  return { label, fraction, secondsLeft };
}
