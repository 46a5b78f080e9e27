import { z } from 'zod';
import type { ProtocolEntries } from './entry';
import { IMPORT_CHUNK_SIZE } from './import-chunk-size';

const ImportId = z.string().min(1).max(100);

/** A table's rows in one chunk, bounded here and checked row by row when the commit reads them back. */
const Rows = (most: number = IMPORT_CHUNK_SIZE) => z.array(z.unknown()).max(most);

/**
 * One chunk of a restore (or of records sent by tests and the fake-indexeddb bench). Only its size is checked at
 * the door: the import's worker stages its chunks without a message, so every staged row is checked in one place,
 * the commit's read of the staging (lib/import/staged-chunk-schema.ts), before anything is written.
 */
const StagedRowsChunk = z.object({
  importId: ImportId,
  seq: z.number().int().nonnegative(),
  contacts: Rows(),
  interactions: Rows(),
  commitments: Rows().optional(),
  followUps: Rows().optional(),
  ownProfile: Rows(1).optional(),
  heard: Rows().optional(),
  events: Rows().optional(),
  intros: Rows().optional(),
  mutualChoices: Rows().optional(),
});

const Count = z.number().int().nonnegative();

/** The records an import's page says it staged: what its commit's progress is estimated from before it reads them. */
const StagedCountsSchema = z.object({ contacts: Count, interactions: Count });
export type StagedCounts = z.infer<typeof StagedCountsSchema>;

/**
 * The LinkedIn-export import and the backup restore. An import is staged chunk by chunk and applied in one
 * transaction on commit, so a cancel, a closed tab or a failure leaves the database as it was.
 */
export const importProtocol = {
  /**
   * Options page → background: a new import starts; anything left staged by an abandoned one is dropped. Answers
   * the database's version as the background opened it: the import's worker opens the database at that version
   * only, to stage its chunks (lib/import/worker-staging.ts), never creating or upgrading it.
   */
  'import/begin': {
    request: z.object({ importId: ImportId }),
    from: ['extension'],
    response: z.object({ importId: z.string(), version: z.number().int().positive() }),
  },
  /**
   * Stages one chunk of a restore; sending the same chunk again replaces it. An import's worker stages its own
   * chunks in the staging table instead (no message), and the commit checks both alike.
   */
  'import/chunk': {
    request: StagedRowsChunk,
    from: ['extension'],
    /** False when the import was cancelled while the chunk was on its way: it was not kept. */
    response: z.object({ staged: z.boolean() }),
  },
  /**
   * Applies every staged chunk at once, or nothing if any is missing or a write fails. `staged`, the records the page
   * staged, only feeds the progress estimate: the page is not trusted, so a count that is not one is dropped (the
   * commit goes on without an estimate until it has read the staging) and a wrong one only moves the estimate.
   */
  'import/commit': {
    request: z.object({
      importId: ImportId,
      chunks: z.number().int().nonnegative(),
      staged: StagedCountsSchema.optional().catch(undefined),
    }),
    from: ['extension'],
    response: z.object({
      contactsAdded: z.number().int(),
      contactsUpdated: z.number().int(),
      interactionsAdded: z.number().int(),
    }),
  },
  /** Stops an import or a restore, staged or committing: nothing of it is kept. */
  'import/cancel': {
    request: z.object({ importId: ImportId }),
    from: ['extension'],
    response: z.object({ discarded: z.number().int() }),
  },
  /**
   * How far the commit in flight is: work done of its whole (an import counts it in COMMIT_WORK, a restore in rows),
   * 0 of 0 before it starts and after it ends.
   */
  'import/progress': {
    request: z.object({ importId: ImportId }),
    from: ['extension'],
    response: z.object({ written: z.number().int(), total: z.number().int() }),
  },
  /**
   * Replaces everything with a backup staged through import/begin and import/chunk (a backup of any size: no one
   * message holds it), in one transaction: all of it or, on any failure, nothing.
   */
  'restore/commit': {
    request: z.object({ importId: ImportId, chunks: z.number().int().nonnegative() }),
    from: ['extension'],
    response: z.object({
      contacts: z.number().int(),
      interactions: z.number().int(),
      commitments: z.number().int(),
      followUps: z.number().int(),
    }),
  },
  /** Replaces everything with a backup file's content; the whole file is validated before anything is written. */
  'data/restore': {
    request: z.object({ backup: z.unknown() }),
    from: ['extension'],
    response: z.object({
      contacts: z.number().int(),
      interactions: z.number().int(),
      commitments: z.number().int(),
      followUps: z.number().int(),
    }),
  },
} as const satisfies ProtocolEntries;
