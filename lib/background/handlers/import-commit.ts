import { HandledError, type Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { liveImports } from '../live-import';

/**
 * Ends an import begun live (lib/background/live-import.ts): once its chunks are written, its people's threads,
 * summaries and cards are, and its one transaction commits, or, on any failure, keeps nothing. Its work done can be
 * read while it runs (import/progress), and a cancel (import/cancel) stops it at once, writing nothing.
 */
export function importCommit({ db }: HandlerContext): Handler<'import/commit'> {
  return async ({ importId, chunks }) => {
    const live = liveImports(db).get(importId);
    // Its transaction ended with the background worker (the browser stopped it), or it was cancelled.
    if (!live)
      throw new HandledError('failed', 'The import was interrupted; nothing was changed. Start it again.');
    return live.commit(chunks);
  };
}
