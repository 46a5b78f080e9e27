import { z } from 'zod';
import { IMPORT_CHUNK_SIZE } from '../protocol/import-chunk-size';
import { CommitmentSchema } from '../schema/commitment';
import { ContactSchema } from '../schema/contact';
import { IntroRequestSchema, MutualChoiceSchema, NetworkingEventSchema } from '../schema/event';
import { FollowUpStateSchema } from '../schema/follow-up';
import { HeardMessageSchema } from '../schema/heard-message';
import { InteractionSchema } from '../schema/interaction';
import { OwnProfileSchema } from '../schema/own-profile';

/**
 * A staged chunk's records as the commit reads them back (lib/background/import-runs.ts › readStaged). The check
 * is there, not at the door: the import's worker puts its chunks straight into the staging table, and a restore's
 * arrive through import/chunk, so the commit's read is the one place every staged row passes before it is written.
 */
export const StagedRecordsSchema = z.object({
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
