import type { Handler } from '../../protocol/router';
import { readSettings } from '../../settings/storage';
import type { HandlerContext } from '../context';

/**
 * Stages one chunk in storage, not memory: the worker may be stopped before the commit arrives. Message excerpts
 * are dropped here unless the user switched them on — the background decides, not the page that parsed the file.
 */
export function importChunk({ db }: HandlerContext): Handler<'import/chunk'> {
  return async (chunk) => {
    const { storeExcerpts } = await readSettings();
    const interactions = storeExcerpts
      ? chunk.interactions
      : chunk.interactions.map((i) => ({ ...i, excerpt: '' }));
    await db.importChunks.put({ ...chunk, interactions });
    return { staged: await db.importChunks.where('importId').equals(chunk.importId).count() };
  };
}
