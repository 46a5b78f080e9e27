import type { ImportReports } from './import-plan';
import type { Owner, OwnerCandidate } from './owner';
import type { BuildOptions } from './plan-builder';

// What the options page and the parsing Web Worker say to each other. The worker keeps the parsed export and
// the plan; the page has it stage one chunk at a time (lib/import/worker-staging.ts), once the background has
// begun the import and said at which version its database is open.

export type ToImportWorker =
  /** The port to the intents worker (lib/import/intent.worker.ts), which reads the messages' intents beside it. */
  | { type: 'intents'; port: MessagePort }
  | { type: 'read'; files: File[] }
  | { type: 'build'; owner: Owner | null; options: BuildOptions; chunkSize: number }
  | { type: 'stage'; seq: number; importId: string; version: number };

export type FromImportWorker =
  | { type: 'reading'; file: string }
  | { type: 'read'; owners: OwnerCandidate[]; rows: number; reports: ImportReports }
  /** The plan made: its chunks, and the contacts and interactions they hold. */
  | { type: 'built'; chunks: number; contacts: number; interactions: number; reports: ImportReports }
  | { type: 'staged'; seq: number; records: number }
  | { type: 'failed'; message: string };
