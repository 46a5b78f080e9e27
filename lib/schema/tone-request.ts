import { z } from 'zod';
import { INLINE_ANALYSED_CHARS } from './limits';
import { MESSAGE_KINDS, RecipientSchema } from './sent-message';
import { RuleKeySchema } from './settings';

/** A draft from a LinkedIn box to check: the text, the box's kind and whom it writes to, if the page shows it. */
export const ToneAnalyzeRequestSchema = z.object({
  text: z.string().max(INLINE_ANALYSED_CHARS),
  kind: z.enum(MESSAGE_KINDS).optional(),
  recipient: RecipientSchema.optional(),
  disabledRules: z.array(RuleKeySchema).max(200).default([]),
  /** The writer's offset from UTC in minutes, so "by Friday" ends at their midnight. */
  utcOffsetMinutes: z.number().int().min(-840).max(840).default(0),
});
