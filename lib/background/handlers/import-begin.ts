import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** Starts an import; chunks staged by one that never committed (a closed tab) are dropped here. */
export function importBegin({ db }: HandlerContext): Handler<'import/begin'> {
  return async ({ importId }) => {
    await db.importChunks.where('importId').notEqual(importId).delete();
    return { importId };
  };
}
