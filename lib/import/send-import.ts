import { send, type Transport } from '../protocol/client';
import type { Reply } from '../protocol/envelope';
import type { StagedCounts } from '../protocol/import-messages';
import type { ResponseOf } from '../protocol/map';
import { type ChunkRecords, recordsIn } from './plan-chunks';

/** A chunk its source has put in the staging table itself (the import's worker): how many records it holds. */
export interface StagedBySource {
  staged: number;
}

/**
 * Where the chunks come from: the parsing Web Worker in the extension, which stages each itself once the import has
 * begun (`begun`: the background's answer, with the database's version); a backup being restored and the plan
 * itself in tests and the bench, as records sent to the background.
 */
export interface ChunkSource {
  chunks: number;
  chunk(seq: number, begun: ResponseOf<'import/begin'>): Promise<ChunkRecords | StagedBySource>;
}

export type StagedOutcome<Result> =
  | { status: 'done'; result: Result }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };
export type ImportOutcome = StagedOutcome<ResponseOf<'import/commit'>>;

/**
 * How far an import is: records staged so far (and the share of its chunks they are: what the time left is read
 * from, as each chunk costs about the same to make, 1,000 messages, while the first ones also carry 1,000
 * contacts each), then the work its commit has done, of its whole.
 */
export type StagedProgress =
  | { phase: 'sending'; done: number; share: number }
  | { phase: 'saving'; done: number; total: number };

/** How often the page asks the commit how far it is. */
const SAVING_POLL_MS = 250;

export interface SendOptions {
  importId: string;
  /** After each chunk staged, and while the commit runs (from 0 of 0 when it starts; work done, every quarter second). */
  onProgress?: (progress: StagedProgress) => void;
  /** Stops the import, staged or committing: nothing of it is kept. */
  signal?: AbortSignal;
}

/**
 * Stages records chunk by chunk in the background, then commits them with `commit` (an import or a restore).
 * A cancel or a failure drops what was staged, so the data tables are never half written; a cancel during the
 * commit is sent at once, and the commit stops before its next batch.
 */
export async function sendStaged<Result>(
  transport: Transport,
  source: ChunkSource,
  options: SendOptions,
  commit: (chunks: number) => Promise<Reply<Result>>,
): Promise<StagedOutcome<Result>> {
  const { importId, onProgress, signal } = options;
  const dropStaged = () => send(transport, 'import/cancel', { importId });
  const begun = await send(transport, 'import/begin', { importId });
  if (!begun.ok) return { status: 'failed', message: begun.error.message };
  // A cancel does not wait for the chunk in flight (seconds for 5,000 records on a busy machine): a chunk staged
  // after it is dropped by the next import's begin, and the data tables were never touched.
  const aborted = new Promise<'aborted'>((resolve) => {
    if (signal?.aborted) resolve('aborted');
    signal?.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
  let records = 0;
  // One chunk ahead: a source of records makes the next while this one is on its way to the background and staged
  // there (the import's worker overlaps its own making and staging: lib/import/import.worker.ts › stage).
  // Asked for before it is awaited, its failure is held (not reported as unhandled) until the loop reaches it.
  const ahead = (seq: number) => {
    if (seq >= source.chunks) return null;
    const chunk = source.chunk(seq, begun.value);
    chunk.catch(() => undefined);
    return chunk;
  };
  let next = ahead(0);
  for (let seq = 0; seq < source.chunks; seq++) {
    if (signal?.aborted) break;
    const chunk = await Promise.race([next!, aborted]);
    if (chunk === 'aborted') break;
    next = ahead(seq + 1);
    if (!('staged' in chunk)) {
      const sent = await Promise.race([
        send(transport, 'import/chunk', { importId, seq, ...chunk }),
        aborted,
      ]);
      if (sent === 'aborted') break;
      if (!sent.ok) {
        await dropStaged();
        return { status: 'failed', message: sent.error.message };
      }
    }
    records += 'staged' in chunk ? chunk.staged : recordsIn(chunk);
    onProgress?.({ phase: 'sending', done: records, share: (seq + 1) / source.chunks });
  }
  if (signal?.aborted) {
    await dropStaged();
    return { status: 'cancelled' };
  }
  const cancelNow = () => void dropStaged();
  signal?.addEventListener('abort', cancelNow, { once: true });
  let committing = true;
  // Saving from the moment the commit is asked for: its first seconds (reading the staging back and checking it)
  // come before it knows its whole, and count as saving, not as the last chunk's sending.
  onProgress?.({ phase: 'saving', done: 0, total: 0 });
  const poll = setInterval(async () => {
    const saved = await send(transport, 'import/progress', { importId });
    if (committing && saved.ok && saved.value.total > 0 && !signal?.aborted)
      onProgress?.({ phase: 'saving', done: saved.value.written, total: saved.value.total });
  }, SAVING_POLL_MS);
  const committed = await commit(source.chunks).finally(() => {
    committing = false;
    clearInterval(poll);
    signal?.removeEventListener('abort', cancelNow);
  });
  if (committed.ok) return { status: 'done', result: committed.value };
  // The cancel already dropped the staging; the commit stopped because of it.
  if (signal?.aborted) return { status: 'cancelled' };
  await dropStaged();
  return { status: 'failed', message: committed.error.message };
}

/**
 * Stages a LinkedIn import and commits it (lib/background/handlers/import-commit.ts). `staged`: the contacts and
 * interactions the source's chunks hold, when known, so the commit's progress counts its first seconds (reading the
 * staging back) against its whole.
 */
export function sendImport(
  transport: Transport,
  source: ChunkSource,
  options: SendOptions & { staged?: StagedCounts },
): Promise<ImportOutcome> {
  const { importId, staged } = options;
  return sendStaged(transport, source, options, (chunks) =>
    send(transport, 'import/commit', { importId, chunks, ...(staged ? { staged } : {}) }),
  );
}
