import { z } from 'zod';
import { CommitmentSchema } from '../schema/commitment';
import { ContactSchema } from '../schema/contact';
import { IntroRequestSchema, MutualChoiceSchema, NetworkingEventSchema } from '../schema/event';
import { FollowUpStateSchema } from '../schema/follow-up';
import { HeardMessageSchema } from '../schema/heard-message';
import { InteractionSchema } from '../schema/interaction';
import { OwnProfileSchema } from '../schema/own-profile';
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
  /** The user's own profile (since schema v6); older backups have none. */
  ownProfile: z.array(OwnProfileSchema).max(1).default([]),
  /** Messages of theirs already read (absent in backups made before conversation reading). */
  heard: z.array(HeardMessageSchema).default([]),
  // Added with schema 7; a backup made before has none, which is what it meant.
  events: z.array(NetworkingEventSchema).default([]),
  intros: z.array(IntroRequestSchema).default([]),
  mutualChoices: z.array(MutualChoiceSchema).default([]),
});
export type Backup = z.infer<typeof BackupSchema>;
