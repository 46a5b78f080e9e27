import { z } from 'zod';
import { PartySchema } from './interaction';
import { Line } from './text';
import { EpochMs } from './time';

export const CommitmentStatusSchema = z.enum(['open', 'kept', 'dropped']);

export const CommitmentSchema = z.object({
  id: z.string().min(1).max(400),
  contactId: z.string().min(1).max(200),
  /** Who promised: me (the user) or them. */
  by: PartySchema,
  text: Line(500).pipe(z.string().min(1)),
  madeAt: EpochMs,
  /** Due date (epoch ms), or null when none was stated. */
  dueAt: EpochMs.nullable(),
  status: CommitmentStatusSchema,
  /** When it was kept or dropped. */
  closedAt: EpochMs.nullable().default(null),
  source: z.enum(['auto', 'manual', 'import']),
});
export type Commitment = z.infer<typeof CommitmentSchema>;
