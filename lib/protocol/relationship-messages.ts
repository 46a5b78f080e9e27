import { z } from 'zod';
import { CommitmentStatusSchema } from '../schema/commitment';
import { IntentSchema, InteractionKindSchema, PartySchema } from '../schema/interaction';
import { EpochMs } from '../schema/time';

const Key = z.string().min(1).max(500);
const ContactId = z.string().min(1).max(200);

/** A follow-up done: what to log for it, and the promise it keeps, if any. */
export const FollowUpDoneSchema = z.object({
  key: Key,
  contactId: ContactId,
  log: z.object({ kind: InteractionKindSchema, intent: IntentSchema.optional() }),
  /** What it was about, shown in the timeline, e.g. the item's reason. */
  context: z.string().max(300).default(''),
  keepsCommitment: z.string().min(1).max(400).optional(),
});

export const FollowUpSnoozeSchema = z.object({ key: Key, contactId: ContactId, until: EpochMs });

export const CommitmentAddSchema = z.object({
  /** Optional: without one, the contact, side, text and minute make it, so a double click adds one promise. */
  id: z.string().min(1).max(400).optional(),
  contactId: ContactId,
  by: PartySchema,
  text: z.string().trim().min(1).max(500),
  madeAt: EpochMs,
  dueAt: EpochMs.nullable(),
});

export const CommitmentSetStatusSchema = z.object({
  id: z.string().min(1).max(400),
  status: CommitmentStatusSchema,
});

/** `confirm` must repeat the id, so a stray message cannot delete someone. */
export const ContactDeleteSchema = z.object({ contactId: ContactId, confirm: ContactId });

const InteractionId = z.string().min(1).max(400);

/** Whose entry it is: an imported one is found in that person's thread (lib/db/imported-threads.ts). */
const EntryOf = ContactId.optional();

export const InteractionDeleteSchema = z.object({ id: InteractionId, contactId: EntryOf });

/** What the timeline lets the user correct; the contact and the source stay as they were. */
export const InteractionEditSchema = z.object({
  id: InteractionId,
  contactId: EntryOf,
  changes: z
    .object({
      kind: InteractionKindSchema,
      actor: PartySchema,
      at: z.number().int().min(0),
      context: z.string().trim().max(300),
    })
    .partial(),
});

export const FollowUpUndoSchema = z.object({ key: Key });
