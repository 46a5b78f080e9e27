import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** Drops what an import staged; the data tables were never touched, so they are as before it started. */
export function importCancel({ db }: HandlerContext): Handler<'import/cancel'> {
  return async ({ importId }) => ({
    discarded: await db.importChunks.where('importId').equals(importId).delete(),
  });
}
