import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { importRuns } from '../import-runs';

/**
 * Stops an import: a commit in flight is aborted at once (its one transaction, so nothing it wrote stays), a chunk
 * still on its way is not staged (the page does not wait for it), and what was staged is dropped. The data tables
 * are as before the import started.
 */
export function importCancel({ db }: HandlerContext): Handler<'import/cancel'> {
  return async ({ importId }) => {
    const runs = importRuns(db);
    const run = runs.get(importId);
    if (run) {
      run.cancelled = true;
      run.abort?.();
    } else runs.set(importId, { written: 0, total: 0, cancelled: true });
    return { discarded: await db.importChunks.where('importId').equals(importId).delete() };
  };
}
