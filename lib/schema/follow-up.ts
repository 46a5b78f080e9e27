import { z } from 'zod';
import { EpochMs } from './time';

/**
 * Follow-ups are derived from interactions, commitments and cadences; only what the user did to one is stored.
 * The key names the reason and its origin (e.g. `meeting:<interaction id>`), so it is stable across recomputations.
 */
export const FollowUpStateSchema = z.object({
  key: z.string().min(1).max(500),
  contactId: z.string().min(1).max(200),
  /** Hidden until then (epoch ms). */
  snoozedUntil: EpochMs.nullable().default(null),
  /** Done at (epoch ms): the item does not come back for the same origin. */
  doneAt: EpochMs.nullable().default(null),
});
export type FollowUpState = z.infer<typeof FollowUpStateSchema>;
