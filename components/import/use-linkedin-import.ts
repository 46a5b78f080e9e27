import { useCallback, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ImportReports } from '../../lib/import/import-plan';
import type { Owner, OwnerCandidate } from '../../lib/import/owner';
import { type StagedProgress, sendImport } from '../../lib/import/send-import';
import { ImportWorkerClient } from '../../lib/import/worker-client';
import { IMPORT_CHUNK_SIZE } from '../../lib/protocol/import-chunk-size';
import type { ResponseOf } from '../../lib/protocol/map';
import { readSettings } from '../../lib/settings/storage';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; file: string }
  | { step: 'review'; owners: OwnerCandidate[]; rows: number; reports: ImportReports }
  | { step: 'importing'; progress: StagedProgress; records: number; startedAt: number }
  | { step: 'done'; result: ResponseOf<'import/commit'>; reports: ImportReports }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string };

const toBackground = (message: { type: string; payload: unknown }) => browser.runtime.sendMessage(message);

/** The import's steps: read the files in the worker, let the user confirm the owner, then stage and commit. */
export function useLinkedInImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const worker = useRef<ImportWorkerClient | null>(null);
  const abort = useRef<AbortController | null>(null);

  const read = useCallback(async (files: File[]) => {
    worker.current?.terminate();
    const client = new ImportWorkerClient((file) => setState({ step: 'reading', file }));
    worker.current = client;
    setState({ step: 'reading', file: files[0]?.name ?? '' });
    try {
      const { owners, rows, reports } = await client.ask({ type: 'read', files }, 'read');
      setState({ step: 'review', owners, rows, reports });
    } catch (error) {
      if (worker.current === client) setState({ step: 'failed', message: (error as Error).message });
    }
  }, []);

  const start = useCallback(async (owner: Owner | null) => {
    const client = worker.current;
    if (!client) return;
    const controller = new AbortController();
    abort.current = controller;
    const settings = await readSettings();
    // Read only now that files are chosen: the welcome page shows the import without loading the database library
    // (about 120 KB), which it needs for this one read.
    const [{ database }, { knownNames }] = await Promise.all([
      import('../../lib/db/page-database'),
      import('../../lib/db/queries/known-names'),
    ]);
    const known = await knownNames(database());
    const options = { now: Date.now(), storeExcerpts: settings.storeExcerpts, known };
    try {
      const built = await client.ask(
        { type: 'build', owner, options, chunkSize: IMPORT_CHUNK_SIZE },
        'built',
      );
      const startedAt = Date.now();
      const records = built.contacts + built.interactions;
      setState({ step: 'importing', progress: { phase: 'sending', done: 0, share: 0 }, records, startedAt });
      // The worker stages each chunk itself, in the database the background opened (lib/import/worker-staging.ts).
      const source = {
        chunks: built.chunks,
        chunk: async (seq: number, { importId, version }: ResponseOf<'import/begin'>) => ({
          staged: (await client.ask({ type: 'stage', seq, importId, version }, 'staged')).records,
        }),
      };
      const outcome = await sendImport(toBackground, source, {
        importId: `import-${startedAt}`,
        staged: { contacts: built.contacts, interactions: built.interactions },
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.phase === 'saving') client.stopIntents();
          setState({ step: 'importing', progress, records, startedAt });
        },
      });
      if (outcome.status === 'done')
        setState({ step: 'done', result: outcome.result, reports: built.reports });
      else if (outcome.status === 'cancelled') setState({ step: 'cancelled' });
      else setState({ step: 'failed', message: outcome.message });
    } catch (error) {
      setState({ step: 'failed', message: (error as Error).message });
    } finally {
      client.stopIntents();
      abort.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    abort.current?.abort();
    if (!abort.current) {
      worker.current?.terminate();
      setState({ step: 'cancelled' });
    }
  }, []);

  return { state, read, start, cancel };
}
