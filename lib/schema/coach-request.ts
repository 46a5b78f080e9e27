import { z } from 'zod';
import { COACHED_MESSAGES, INLINE_ANALYSED_CHARS } from './limits';

/** A draft and what the other person wrote since the user last did (content script → background: untrusted). */
export const CoachReplySchema = z.object({
  draft: z.string().max(INLINE_ANALYSED_CHARS),
  theirs: z.array(z.string().min(1).max(2_000)).max(COACHED_MESSAGES),
});
