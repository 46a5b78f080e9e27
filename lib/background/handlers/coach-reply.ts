import { coachReply } from '../../coach/coach-reply';
import { readTheirMessage } from '../../coach/their-message';
import type { Handler } from '../../protocol/router';
import { afterToneWeights } from '../after-tone-weights';
import type { HandlerContext } from '../context';

/** Coaching for a reply: their messages are read like the ledger reads them, then the draft against them. */
export function coachReplyHandler(_context: HandlerContext): Handler<'coach/reply'> {
  return afterToneWeights(async ({ draft, theirs }) =>
    coachReply(
      draft,
      theirs.map((text) => readTheirMessage(text)),
    ),
  );
}
