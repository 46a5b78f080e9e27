import { z } from 'zod';
import { POSITIONS, SITUATIONS } from '../tone/types';
import { INLINE_ANALYSED_CHARS, PREVIOUS_MESSAGE_CHARS } from './limits';
import { MESSAGE_KINDS, RecipientSchema } from './sent-message';
import { RuleKeySchema } from './settings';

/** A draft from a LinkedIn box to check: the text, the box's kind and whom it writes to, if the page shows it. */
export const ToneAnalyzeRequestSchema = z.object({
  text: z.string().max(INLINE_ANALYSED_CHARS),
  kind: z.enum(MESSAGE_KINDS).optional(),
  recipient: RecipientSchema.optional(),
  /** The situation, when the user chose one; otherwise inferred from `kind`, `position` and `previous`. */
  situation: z.enum(SITUATIONS).optional(),
  /** Where the draft sits in the thread the page shows (first message, reply, or nudge after no answer). */
  position: z.enum(POSITIONS).optional(),
  /** The other person's latest message in the thread, cut to its last PREVIOUS_MESSAGE_CHARS by the sender. */
  previous: z.string().max(PREVIOUS_MESSAGE_CHARS).optional(),
  disabledRules: z.array(RuleKeySchema).max(200).default([]),
});
