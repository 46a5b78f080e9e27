// The LinkedIn export is unzipped, parsed and turned into records here, off the options page's UI thread.

import { toneWeightsReady } from '../tone/model/models';
import { buildImport } from './build-import';
import { EarlyIntents, type IntentAnswer } from './early-intents';
import { checkSize, unzippedNatively } from './export-files';
import type { ImportPlan, ImportReports } from './import-plan';
import { intentReader } from './intent-reader';
import { chunkCount, chunkOf, recordsIn } from './plan-chunks';
import { type ReadExport, readExport } from './read-export';
import type { FromImportWorker, ToImportWorker } from './worker-messages';
import { WorkerStaging } from './worker-staging';

let read: ReadExport | undefined;
/** The intents worker's port (lib/import/intent.worker.ts), when the page gave one. */
let intentsPort: MessagePort | undefined;
// One for the worker's life: an answer holds its own texts' intents, so it is right whichever read sent it.
const early = new EarlyIntents(intentReader());
let plan: ImportPlan | undefined;
let chunkSize = 1;
let chunks = 0;
/** The import being staged: its connection, and the put of its last chunk, still being written. */
let staging: { importId: string; db: Promise<WorkerStaging>; writing: Promise<void> } | undefined;

const post = (message: FromImportWorker) => postMessage(message);

/** The reports of a parse before the owner is known: every file's rows and problems, nothing built yet. */
function parseReports(parsed: ReadExport['parsed']): ImportReports {
  const reports: ImportReports = {};
  for (const [kind, file] of Object.entries(parsed) as [
    keyof ImportReports,
    NonNullable<ReadExport['parsed'][keyof ImportReports]>,
  ][]) {
    reports[kind] = {
      file: file.file,
      rows: file.rows,
      imported: file.records.length,
      skipped: file.skipped,
      errors: file.errors,
    };
  }
  return reports;
}

/** Sends the messages' texts to the intents worker, to be read there while the export is checked and built here. */
function readIntentsAhead(parsed: ReadExport['parsed']) {
  if (!intentsPort) return;
  const texts = (parsed.messages?.records ?? []).map((message) => message.text);
  for (const batch of early.batches(texts)) intentsPort.postMessage(batch);
}

async function handle(message: ToImportWorker) {
  if (message.type === 'intents') {
    intentsPort = message.port;
    intentsPort.onmessage = ({ data }: MessageEvent<IntentAnswer>) => early.answered(data);
  } else if (message.type === 'read') {
    const files = [];
    for (const file of message.files) {
      // A 200 MB file is refused before it is read into memory, not after.
      checkSize(file.name, file.size);
      post({ type: 'reading', file: file.name });
      files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    }
    // Zips inflated by the browser's inflater first (async), then read as their CSV files.
    read = readExport(await unzippedNatively(files));
    const reports = parseReports(read.parsed);
    const rows = Object.values(reports).reduce((sum, report) => sum + report.rows, 0);
    post({ type: 'read', owners: read.owners, rows, reports });
    readIntentsAhead(read.parsed);
  } else if (message.type === 'build' && read) {
    // An intent the intents worker has not answered yet is read here, with the tone engine: its weights are a file,
    // fetched once.
    await toneWeightsReady();
    // Intents are looked up (or read) chunk by chunk, while the chunks before are staged: the first leaves sooner.
    plan = buildImport(read.parsed, message.owner, { ...message.options, intentsWhenChunked: true });
    if (plan.intentsLater) plan.intentsLater = { ...plan.intentsLater, intentOf: early.intentOf };
    chunkSize = message.chunkSize;
    chunks = chunkCount(plan, chunkSize);
    const { contacts, interactions } = plan;
    post({
      type: 'built',
      chunks,
      contacts: contacts.length,
      interactions: interactions.length,
      reports: plan.reports,
    });
  } else if (message.type === 'stage' && plan) {
    post({ type: 'staged', seq: message.seq, records: await stage(plan, message) });
  }
}

/**
 * Makes chunk `seq` and puts it in the staging table while the one before is still being written: the answer comes
 * once that one is written (so at most one is in flight) and, for the last chunk, once it is written itself, so
 * the commit asked for next finds every chunk.
 */
async function stage(
  plan: ImportPlan,
  { seq, importId, version }: Extract<ToImportWorker, { type: 'stage' }>,
) {
  if (staging?.importId !== importId) {
    staging?.db.then(
      (db) => db.close(),
      () => undefined,
    );
    staging = { importId, db: WorkerStaging.open(version), writing: Promise.resolve() };
  }
  const current = staging;
  const db = await current.db;
  const records = chunkOf(plan, seq, chunkSize);
  await current.writing;
  current.writing = db.put({ importId, seq, ...records });
  // Awaited by the next chunk's stage; held here so a failure meanwhile is not reported as unhandled.
  current.writing.catch(() => undefined);
  if (seq === chunks - 1) {
    await current.writing;
    db.close();
    staging = undefined;
  }
  return recordsIn(records);
}

addEventListener('message', (event: MessageEvent<ToImportWorker>) => {
  handle(event.data).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
