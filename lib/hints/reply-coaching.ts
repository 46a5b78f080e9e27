import type { sendToBackground } from '../browser/messaging';
import type { CoachingPoint } from '../coach/coach-reply';
import { INLINE_ANALYSED_CHARS } from '../schema/limits';

/** Coaching for the draft as a reply to their unanswered messages; none when there are none or the worker fails. */
export async function replyCoaching(
  draft: string,
  theirs: readonly string[],
  send: typeof sendToBackground,
): Promise<CoachingPoint[]> {
  if (!theirs.length || !draft.trim()) return [];
  const reply = await send('coach/reply', {
    draft: draft.slice(0, INLINE_ANALYSED_CHARS),
    theirs: [...theirs],
  });
  return reply.ok ? reply.value.points : [];
}
