import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { importRuns, timedStep } from '../import-runs';

/**
 * Stages one chunk of a restore in storage, not memory: the worker may be stopped before the commit arrives. Its
 * rows are checked (and excerpts dropped unless kept) when the commit reads them back (import-runs.ts › readStaged).
 */
export function importChunk({ db }: HandlerContext): Handler<'import/chunk'> {
  return (chunk) =>
    timedStep('stage a chunk', async () => {
      // Cancelled while this chunk was on its way: the cancel's drop may already have run.
      if (importRuns(db).get(chunk.importId)?.cancelled) return { staged: false };
      await db.importChunks.put(chunk);
      return { staged: true };
    });
}
