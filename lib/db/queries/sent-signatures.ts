import type { RapportDatabase } from '../database';

/** How far back a sent text counts for "you sent this same text to N people" (a campaign, not last year's note). */
export const SAME_TEXT_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;

/** The wording signatures of messages and invitations the user sent in the window, through [kind+at]. */
export async function sentSignatures(db: RapportDatabase, now: number) {
  const since = now - SAME_TEXT_WINDOW_MS;
  const sent = await Promise.all(
    (['message-sent', 'invitation-sent'] as const).map((kind) =>
      db.interactions.where('[kind+at]').between([kind, since], [kind, now], true, true).toArray(),
    ),
  );
  return sent.flat().flatMap(({ contactId, signature }) => (signature ? [{ contactId, signature }] : []));
}
