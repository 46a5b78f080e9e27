// `npm run bench -- --filter import`: a generated export of 30,000 connections and 200,000 messages read,
// built (intents included) and written into fake-indexeddb through the background's own handlers — the
// extension's code path minus the browser messaging. Goal: under 20 s. Peak heap is sampled every 50 ms.
import Dexie from 'dexie';
import { createHandlers } from '../../lib/background/handlers';
import { openDatabase } from '../../lib/db/database';
import { allThreads } from '../../lib/db/thread-store';
import { buildImport } from '../../lib/import/build-import';
import { chunkCount, chunkOf } from '../../lib/import/plan-chunks';
import { readExport } from '../../lib/import/read-export';
import { sendImport } from '../../lib/import/send-import';
import { IMPORT_CHUNK_SIZE } from '../../lib/protocol/import-chunk-size';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { routeAsAllowedSender } from '../../tests/support/senders';
import type { BenchResult } from './harness';
import { generateExport } from './import-export-generator';

const CONNECTIONS = 30_000;
const MESSAGES = 200_000;
const MB = 1024 * 1024;

/** One import of a generated export (the bench's size unless given), timed by phase. */
export async function importOnce(connections = CONNECTIONS, messages = MESSAGES) {
  const files = generateExport(connections, messages);
  const inputMb = files.reduce((sum, f) => sum + f.bytes.length, 0) / MB;
  const db = openDatabase(`bench-import-${Date.now()}`);
  // The background's own copy of the settings, as an installed extension has it (Node has no browser.storage to
  // seed it from): without it the first chunk fails reading whether to keep excerpts.
  await db.settings.put({ key: 'settings', value: DEFAULT_SETTINGS });
  const route = routeAsAllowedSender(createHandlers({ db, now: Date.now }));
  let peak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 50);
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    mark = now;
  };
  const start = mark;
  const { parsed, owners } = readExport(files);
  lap('parseMs');
  const plan = buildImport(parsed, owners[0] ?? null, { now: Date.now(), storeExcerpts: false, known: [] });
  lap('buildMs');
  const source = {
    chunks: chunkCount(plan, IMPORT_CHUNK_SIZE),
    chunk: async (seq: number) => chunkOf(plan, seq, IMPORT_CHUNK_SIZE),
  };
  const outcome = await sendImport(route, source, { importId: 'bench' });
  lap('stageAndCommitMs');
  const total = performance.now() - start;
  clearInterval(sampler);
  if (outcome.status !== 'done')
    throw new Error(`import ${outcome.status}${outcome.status === 'failed' ? `: ${outcome.message}` : ''}`);
  const threads = await allThreads(db);
  const interactions = threads.reduce((sum, thread) => sum + thread.entries.length, 0);
  const stored = { contacts: await db.contacts.count(), interactions };
  db.close();
  await Dexie.delete(db.name);
  return { total, phases, peakHeapMb: Math.round(peak / MB), inputMb: inputMb.toFixed(1), ...stored };
}

export async function report(): Promise<BenchResult[]> {
  const run = await importOnce();
  const ms = Math.round(run.total);
  return [
    {
      name: 'import: LinkedIn export, parse + build + apply',
      unit: 'ms',
      median: ms,
      min: ms,
      max: ms,
      n: 1,
      input: `${CONNECTIONS} connections + ${MESSAGES} messages (${run.inputMb} MB CSV)`,
      extra: {
        ...run.phases,
        peakHeapMb: run.peakHeapMb,
        contacts: run.contacts,
        interactions: run.interactions,
      },
    },
  ];
}
