import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { clearTimedSteps } from '../import-runs';

/**
 * Starts an import; chunks staged by one that never committed (a closed tab) are dropped here. Answers the version
 * the background has the database open at, the one the import's worker may open it at (lib/import/worker-staging.ts).
 */
export function importBegin({ db }: HandlerContext): Handler<'import/begin'> {
  return async ({ importId }) => {
    clearTimedSteps();
    await db.importChunks.where('importId').notEqual(importId).delete();
    return { importId, version: db.backendDB().version };
  };
}
