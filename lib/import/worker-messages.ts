import type { ImportReports } from './import-plan';
import type { Owner, OwnerCandidate } from './owner';
import type { BuildOptions } from './plan-builder';
import type { SerialisedChunk } from './plan-chunks';

// What the options page and the parsing Web Worker say to each other. The worker keeps the parsed export and
// the plan; the page pulls one chunk at a time, so only one chunk is ever in flight to the background.

export type ToImportWorker =
  | { type: 'read'; files: File[] }
  | { type: 'build'; owner: Owner | null; options: BuildOptions; chunkSize: number }
  | { type: 'chunk'; seq: number };

export type FromImportWorker =
  | { type: 'reading'; file: string }
  | { type: 'read'; owners: OwnerCandidate[]; rows: number; reports: ImportReports }
  | { type: 'built'; chunks: number; records: number; reports: ImportReports }
  | { type: 'chunk'; seq: number; chunk: SerialisedChunk }
  | { type: 'failed'; message: string };
