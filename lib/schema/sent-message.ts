import { z } from 'zod';
import { EpochMs } from './time';

export const MESSAGE_KINDS = ['message', 'connection-note', 'inmail', 'comment'] as const;

/** Whom a LinkedIn box writes to, as read off the page: the profile id when a link shows it, else only a name. */
export const RecipientSchema = z
  .object({
    profileId: z.string().min(1).max(200).optional(),
    name: z.string().max(200).default(''),
  })
  .refine((recipient) => recipient.profileId || recipient.name, 'A recipient needs a profile id or a name');
export type Recipient = z.input<typeof RecipientSchema>;

/** A message the user sent from a LinkedIn box. The text is analysed for intent and promises, never kept whole. */
export const SentMessageSchema = z.object({
  recipient: RecipientSchema,
  text: z.string().min(1).max(10_000),
  kind: z.enum(MESSAGE_KINDS),
  /** When the user sent it (epoch ms); due dates like "by Friday" are resolved against it. */
  at: EpochMs,
});
export type SentMessage = z.output<typeof SentMessageSchema>;

/** Why a contact could or could not be found for a recipient. */
export const RecipientStatusSchema = z.enum(['found', 'created', 'unknown-recipient', 'ambiguous-recipient']);
export type RecipientStatus = z.infer<typeof RecipientStatusSchema>;
