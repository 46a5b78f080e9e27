import type { z } from 'zod';
import type { StagedRecordsSchema } from './staged-chunk-schema';

/**
 * One slice of an import or a restore waiting in the staging table until the commit applies the whole of it at
 * once. Its rows are as they were put there (by the import's worker, or by import/chunk for a restore): unchecked
 * until the commit reads them back through StagedRecordsSchema.
 */
export interface StagedChunk {
  importId: string;
  seq: number;
  [table: string]: unknown;
}

/** A staged chunk's records once the commit has checked them. */
export type StagedRecords = z.infer<typeof StagedRecordsSchema>;
