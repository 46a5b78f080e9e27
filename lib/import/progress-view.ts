import type { StagedProgress } from './send-import';

/**
 * What saving one record costs the commit, against sending it to the background (made by the worker and put in the
 * staging table there; the commit reads it back and checks it). Without it the time left would be read off the
 * sending pace alone, and run out long before the import does. Set from the chromium-import bench's phases
 * (npm run bench -- --filter chromium-import, its saveCostPerSend): 30,000 + 200,000, once the messages' intents
 * were read ahead by a second worker (lib/import/intent.worker.ts), sending only puts the chunks: 8.9 / 6.8 / 9.6 at
 * loads 7.8 / 10.0 / 10.3 (it was 3 while the worker read the intents as it sent, 1.1–2.8 loaded; at 3 the time
 * left then ran 11–14 s short at a quarter of the import).
 */
export const SAVE_COST_PER_SEND = 9;

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
  const saved =
    progress.phase === 'saving' && progress.total > 0 ? Math.min(progress.done / progress.total, 1) : 0;
  const doneWork =
    progress.phase === 'sending' ? records * progress.share : records * (1 + SAVE_COST_PER_SEND * saved);
  const fraction = totalWork > 0 ? Math.min(doneWork / totalWork, 1) : 0;
  const label =
    progress.phase === 'sending'
      ? `Sending ${progress.done.toLocaleString('en')} of ${records.toLocaleString('en')} rows`
      : `Saving, ${Math.floor(100 * saved)} % done`;
  const secondsLeft =
    doneWork > 0 && elapsedMs > 0 ? Math.ceil(((totalWork - doneWork) * elapsedMs) / doneWork / 1000) : null;
  return { label, fraction, secondsLeft };
}
