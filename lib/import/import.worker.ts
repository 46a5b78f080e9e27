// The LinkedIn export is unzipped, parsed and turned into records here, off the options page's UI thread.

import { toneWeightsReady } from '../tone/model/models';
import { buildImport } from './build-import';
import { checkSize } from './export-files';
import type { ImportPlan, ImportReports } from './import-plan';
import { chunkCount, chunkOf, serialised } from './plan-chunks';
import { type ReadExport, readExport } from './read-export';
import type { FromImportWorker, ToImportWorker } from './worker-messages';

let read: ReadExport | undefined;
let plan: ImportPlan | undefined;
let chunkSize = 1;

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

async function handle(message: ToImportWorker) {
  if (message.type === 'read') {
    const files = [];
    for (const file of message.files) {
      // A 200 MB file is refused before it is read into memory, not after.
      checkSize(file.name, file.size);
      post({ type: 'reading', file: file.name });
      files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    }
    read = readExport(files);
    const reports = parseReports(read.parsed);
    const rows = Object.values(reports).reduce((sum, report) => sum + report.rows, 0);
    post({ type: 'read', owners: read.owners, rows, reports });
  } else if (message.type === 'build' && read) {
    // Building reads each message's intent with the tone engine's ask model: its weights are a file, fetched once.
    await toneWeightsReady();
    plan = buildImport(read.parsed, message.owner, message.options);
    chunkSize = message.chunkSize;
    const records = plan.contacts.length + plan.interactions.length;
    post({ type: 'built', chunks: chunkCount(plan, chunkSize), records, reports: plan.reports });
  } else if (message.type === 'chunk' && plan) {
    post({ type: 'chunk', seq: message.seq, chunk: serialised(chunkOf(plan, message.seq, chunkSize)) });
  }
}

addEventListener('message', (event: MessageEvent<ToImportWorker>) => {
  handle(event.data).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
