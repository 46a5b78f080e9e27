import type { StagedProgress } from './send-import';

/**
 * What saving one record costs the commit, against sending it to the background (read back from the worker,
 * checked and staged). Without it the time left would be read off the sending pace alone, and run out long before
 * the import does. Set from the chromium-import bench's phases (npm run bench -- --filter chromium-import, its
 * saveCostPerSend) once the commit kept summaries and cards once at its end (lib/db/deferred-upkeep.ts) and the
 * chunks were relayed as JSON: 30,000 + 200,000, n=3, 1.42 / 2.10 / 2.51 at loads 4.8 / 10.0 / 6.0 (a ratio of two
 * phases under the same load; 1.6 before, from the quarter size, left the time left 3–21 s short at a quarter).
 */
export const SAVE_COST_PER_SEND = 2.1;

export interface ImportProgressView {
  /** What is happening: "Sending 5,000 of 230,000 rows", "Saving, 40 % done". */
  label: string;
  /** Of the whole import's work, 0–1. */
  fraction: number;
  /** From the pace so far; null until anything is done. */
  secondsLeft: number | null;
}

/**
 * How far an import is, as one bar over both of its steps (sending every record, then saving them in one
 * transaction, whose progress the commit gives as a share of its work), and the time left from the pace so far.
 */
export function importProgressView(
  progress: StagedProgress,
  records: number,
  elapsedMs: number,
): ImportProgressView {
  const totalWork = records * (1 + SAVE_COST_PER_SEND);
  const saved = progress.phase === 'saving' ? Math.min(progress.done / progress.total, 1) : 0;
  const doneWork = progress.phase === 'sending' ? progress.done : records * (1 + SAVE_COST_PER_SEND * saved);
  const fraction = totalWork > 0 ? Math.min(doneWork / totalWork, 1) : 0;
  const label =
    progress.phase === 'sending'
      ? `Sending ${progress.done.toLocaleString('en')} of ${records.toLocaleString('en')} rows`
      : `Saving, ${Math.floor(100 * saved)} % done`;
  const secondsLeft =
    doneWork > 0 && elapsedMs > 0 ? Math.ceil(((totalWork - doneWork) * elapsedMs) / doneWork / 1000) : null;
  return { label, fraction, secondsLeft };
}
