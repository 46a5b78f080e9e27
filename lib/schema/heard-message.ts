import { z } from 'zod';
import { IntentSchema } from './interaction';
import { THREAD_BATCH } from './limits';
import { RecipientSchema } from './sent-message';

/** A message of theirs as the thread reader saw it in the page (content script → background: untrusted). */
export const TheirMessageSchema = z.object({
  /** Stable identity within the conversation (LinkedIn's event URN, else sender, words and rank). */
  key: z.string().min(1).max(400),
  text: z.string().min(1).max(8_000),
  /** The day heading and group time the page shows ("Yesterday", "10:23 AM"; '' when none), read by the worker. */
  day: z.string().max(40).default(''),
  time: z.string().max(40).default(''),
});

/** The open conversation's messages from the one person in it, newest last. */
export const ThreadReadSchema = z.object({
  participant: RecipientSchema,
  messages: z.array(TheirMessageSchema).max(THREAD_BATCH),
});
export type ThreadRead = z.output<typeof ThreadReadSchema>;

/**
 * A message of theirs that Rapport has read, so it is read once: what was understood of it (never their words,
 * unless the user keeps excerpts) and what it put in the ledger. `removed` keeps a message the user took out of
 * the ledger from coming back the next time the conversation is open.
 */
export const HeardMessageSchema = z.object({
  id: z.string().min(1).max(400),
  contactId: z.string().min(1),
  at: z.number(),
  intent: IntentSchema,
  questions: z.number().int().nonnegative(),
  mood: z.enum(['upset', 'worried', 'thankful', 'excited']).nullable(),
  excerpt: z.string().max(300).default(''),
  /** Ids of the interaction and promises recorded from it. */
  recorded: z.array(z.string()).default([]),
  removed: z.boolean().default(false),
});
export type HeardMessage = z.infer<typeof HeardMessageSchema>;
