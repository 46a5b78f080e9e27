import { z } from 'zod';
import { CommitmentSchema } from '../schema/commitment';
import { ContactSchema } from '../schema/contact';
import { IntroRequestSchema, MutualChoiceSchema, NetworkingEventSchema } from '../schema/event';
import { FollowUpStateSchema } from '../schema/follow-up';
import { HeardMessageSchema } from '../schema/heard-message';
import { InteractionSchema } from '../schema/interaction';
import { OwnProfileSchema } from '../schema/own-profile';
import type { ProtocolEntries } from './entry';
import { IMPORT_CHUNK_SIZE } from './import-chunk-size';

const ImportId = z.string().min(1).max(100);

/** One chunk of an import or a restore, as records. */
const RecordsChunk = z.object({
  importId: ImportId,
  seq: z.number().int().nonnegative(),
  contacts: z.array(ContactSchema).max(IMPORT_CHUNK_SIZE),
  interactions: z.array(InteractionSchema).max(IMPORT_CHUNK_SIZE),
  /** Only a backup being restored stages these. */
  commitments: z.array(CommitmentSchema).max(IMPORT_CHUNK_SIZE).optional(),
  followUps: z.array(FollowUpStateSchema).max(IMPORT_CHUNK_SIZE).optional(),
  ownProfile: z.array(OwnProfileSchema).max(1).optional(),
  heard: z.array(HeardMessageSchema).max(IMPORT_CHUNK_SIZE).optional(),
  events: z.array(NetworkingEventSchema).max(IMPORT_CHUNK_SIZE).optional(),
  intros: z.array(IntroRequestSchema).max(IMPORT_CHUNK_SIZE).optional(),
  mutualChoices: z.array(MutualChoiceSchema).max(IMPORT_CHUNK_SIZE).optional(),
});

/**
 * The most a chunk's JSON may hold: 1,000 contacts and 1,000 interactions are about 0.6 MB; a chunk of long
 * message excerpts may be several times that.
 */
const MAX_CHUNK_JSON = 32 * 1024 * 1024;

/**
 * A chunk as the import's worker sends it: its records as one JSON string, made in the worker, so the options page
 * relays a string (copied, not walked) instead of cloning 2,000 records in from the worker and serialising them
 * out to the background on its main thread (40–70 ms a chunk, over 100 ms under load: long tasks on the page).
 * Parsed and checked here, in the background, as a chunk of records.
 */
const SerialisedChunk = z
  .object({
    importId: ImportId,
    seq: z.number().int().nonnegative(),
    json: z.string().max(MAX_CHUNK_JSON),
  })
  .transform(({ importId, seq, json }, ctx) => {
    let records: unknown;
    try {
      records = JSON.parse(json);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'The chunk is not JSON', path: ['json'] });
      return z.NEVER;
    }
    const chunk = RecordsChunk.safeParse({ ...(records as object), importId, seq });
    if (chunk.success) return chunk.data;
    for (const issue of chunk.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, path: ['json', ...issue.path] });
    return z.NEVER;
  });

/**
 * The LinkedIn-export import and the backup restore. An import is staged chunk by chunk and applied in one
 * transaction on commit, so a cancel, a closed tab or a failure leaves the database as it was.
 */
export const importProtocol = {
  /** Options page → background: a new import starts; anything left staged by an abandoned one is dropped. */
  'import/begin': {
    request: z.object({ importId: ImportId }),
    from: ['extension'],
    response: z.object({ importId: z.string() }),
  },
  /**
   * Stages one chunk; sending the same chunk again replaces it. As records, or (from the import's worker) as their
   * JSON, which the options page relays as one string.
   */
  'import/chunk': {
    request: z.union([RecordsChunk, SerialisedChunk]),
    from: ['extension'],
    /** False when the import was cancelled while the chunk was on its way: it was not kept. */
    response: z.object({ staged: z.boolean() }),
  },
  /** Applies every staged chunk at once, or nothing if any is missing or a write fails. */
  'import/commit': {
    request: z.object({ importId: ImportId, chunks: z.number().int().nonnegative() }),
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
