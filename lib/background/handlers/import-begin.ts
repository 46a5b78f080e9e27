import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { clearTimedSteps } from '../import-runs';
import { beginLiveImport, liveImports } from '../live-import';

/**
 * Starts an import or a restore; chunks staged by one that never committed (a closed tab) are dropped here, and an
 * import still being applied (its tab closed, or another tab's) is stopped, keeping nothing. An import (`live`) is
 * applied as its chunks arrive (lib/background/live-import.ts); a restore's chunks are staged.
 */
export function importBegin({ db, now }: HandlerContext): Handler<'import/begin'> {
  return async ({ importId, live }) => {
    clearTimedSteps();
    const lives = liveImports(db);
    for (const [id, other] of lives) {
      if (id === importId) continue;
      other.run.cancelled = true;
      other.run.abort?.();
      lives.delete(id);
    }
    await db.importChunks.where('importId').notEqual(importId).delete();
    if (live) beginLiveImport(db, importId, now());
    return { importId };
  };
}
