import { z } from 'zod';
import { CommitmentSchema } from '../schema/commitment';
import { ContactSchema } from '../schema/contact';
import { FollowUpStateSchema } from '../schema/follow-up';
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
});
export type Backup = z.infer<typeof BackupSchema>;
