import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** Stages one chunk in storage, not memory: the worker may be stopped before the commit arrives. */
export function importChunk({ db }: HandlerContext): Handler<'import/chunk'> {
  return async (chunk) => {
    await db.importChunks.put(chunk);
    return { staged: await db.importChunks.where('importId').equals(chunk.importId).count() };
  };
}
