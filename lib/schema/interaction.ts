import { z } from 'zod';
import { Paragraphs, TEXT_CAPS } from './text';
import { EpochMs } from './time';

export const INTERACTION_KINDS = [
  'visit',
  'met',
  'message-sent',
  'message-received',
  'invitation-sent',
  'invitation-received',
  'connected',
  'call',
  'intro',
  'shared',
  'helped',
  'asked',
  'thanked',
  'commented',
  'note',
] as const;
export const InteractionKindSchema = z.enum(INTERACTION_KINDS);
export type InteractionKind = z.infer<typeof InteractionKindSchema>;

export const PartySchema = z.enum(['me', 'them']);
export type Party = z.infer<typeof PartySchema>;

/** What an interaction did to the give/ask balance (Reciprocity). */
export const ExchangeSchema = z.enum(['give', 'ask', 'thanks', 'none']);
export type Exchange = z.infer<typeof ExchangeSchema>;

export const IntentSchema = z.enum(['ask', 'give', 'thanks', 'follow-up', 'other']);
export type Intent = z.infer<typeof IntentSchema>;

export const InteractionSchema = z.object({
  /** Deterministic where the source allows (visit per day, import row), so a repeated write is a no-op. */
  id: z.string().min(1).max(400),
  contactId: z.string().min(1).max(200),
  /** When it happened (epoch ms). */
  at: EpochMs,
  kind: InteractionKindSchema,
  /** Who acted: me (the user) or them (the contact). */
  actor: PartySchema,
  exchange: ExchangeSchema.default('none'),
  intent: IntentSchema.optional(),
  /** Where it happened, e.g. the event of a meeting. */
  context: Paragraphs(TEXT_CAPS.long).default(''),
  /** A short excerpt of a message, stored only if the user opted in. */
  excerpt: Paragraphs(500).default(''),
  /** `conversation`: read from a message the other person wrote in a LinkedIn conversation (lib/thread). */
  source: z.enum(['auto', 'manual', 'import', 'conversation']),
  /**
   * A sent message's one-way wording signature (lib/tone/template.ts: the lowest hashes of its three-word runs),
   * so the tone check can tell the same text went to many people without keeping the text.
   */
  signature: z.array(z.number().int().nonnegative()).max(24).optional(),
  /** The event it happened at (a meeting marked "met here"), for the event's follow-up batch. */
  eventId: z.string().min(1).max(200).optional(),
});
export type Interaction = z.infer<typeof InteractionSchema>;
export type InteractionInput = z.input<typeof InteractionSchema>;
