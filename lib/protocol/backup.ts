import { z } from 'zod';
import { CommitmentSchema } from '../schema/commitment';
import { ContactSchema } from '../schema/contact';
import { IntroRequestSchema, MutualChoiceSchema, NetworkingEventSchema } from '../schema/event';
import { FollowUpStateSchema } from '../schema/follow-up';
import { InteractionSchema } from '../schema/interaction';
import { EpochMs } from '../schema/time';

/** Version of the backup file format; a restore refuses files from a newer version. */
export const BACKUP_FORMAT_VERSION = 1;

export const BackupSchema = z.object({
  format: z.literal('rapport-backup'),
  version: z.number().int().min(1),
  exportedAt: EpochMs,
  contacts: z.array(ContactSchema),
  interactions: z.array(InteractionSchema),
  commitments: z.array(CommitmentSchema),
  followUps: z.array(FollowUpStateSchema),
  // Added with schema 7; a backup made before has none, which is what it meant.
  events: z.array(NetworkingEventSchema).default([]),
  intros: z.array(IntroRequestSchema).default([]),
  mutualChoices: z.array(MutualChoiceSchema).default([]),
});
export type Backup = z.infer<typeof BackupSchema>;
