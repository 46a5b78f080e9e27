import type { StagedRecords } from '../../import/staged-chunk';
import type { Handler } from '../../protocol/router';
import { settingsOwner } from '../../settings/owner';
import type { HandlerContext } from '../context';
import { importRuns, timedStep } from '../import-runs';

/**
 * Stages one chunk in storage, not memory: the worker may be stopped before the commit arrives. Message excerpts
 * are dropped here unless the user switched them on — the background decides, not the page that parsed the file.
 * The checked records are kept as one JSON string (lib/import/staged-chunk.ts), which IndexedDB writes faster than
 * the objects.
 */
export function importChunk({ db }: HandlerContext): Handler<'import/chunk'> {
  return ({ importId, seq, ...records }) =>
    timedStep('stage a chunk', async () => {
      const { storeExcerpts } = await settingsOwner(db).current();
      const kept: StagedRecords = storeExcerpts ? records : withoutExcerpts(records);
      // Cancelled while this chunk was on its way: the cancel's drop may already have run.
      if (importRuns(db).get(importId)?.cancelled) return { staged: false };
      await db.importChunks.put({ importId, seq, json: JSON.stringify(kept) });
      // Not a count of the import's chunks staged so far: nobody read it, and counting a range that grows with
      // each chunk cost ~1 s over an import's 230 chunks (in the service worker, loaded).
      return { staged: true };
    });
}

function withoutExcerpts(records: StagedRecords): StagedRecords {
  return {
    ...records,
    interactions: records.interactions.map((i) => ({ ...i, excerpt: '' })),
    heard: records.heard?.map((h) => ({ ...h, excerpt: '' })),
  };
}
