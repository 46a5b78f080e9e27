import type { Handler } from '../../protocol/router';
import { settingsOwner } from '../../settings/owner';
import type { HandlerContext } from '../context';
import { importRuns, timedStep } from '../import-runs';

/**
 * Stages one chunk in storage, not memory: the worker may be stopped before the commit arrives. Message excerpts
 * are dropped here unless the user switched them on — the background decides, not the page that parsed the file.
 */
export function importChunk({ db }: HandlerContext): Handler<'import/chunk'> {
  return (chunk) =>
    timedStep('stage a chunk', async () => {
      const { storeExcerpts } = await settingsOwner(db).current();
      const interactions = storeExcerpts
        ? chunk.interactions
        : chunk.interactions.map((i) => ({ ...i, excerpt: '' }));
      const heard = storeExcerpts ? chunk.heard : chunk.heard?.map((h) => ({ ...h, excerpt: '' }));
      // Cancelled while this chunk was on its way: the cancel's drop may already have run.
      if (importRuns(db).get(chunk.importId)?.cancelled) return { staged: false };
      await db.importChunks.put({ ...chunk, interactions, heard });
      // Not a count of the import's chunks staged so far: nobody read it, and counting a range that grows with
      // each chunk cost ~1 s over an import's 230 chunks (in the service worker, loaded).
      return { staged: true };
    });
}
