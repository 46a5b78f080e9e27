import Dexie from 'dexie';
import type { HeardMessage } from '../../schema/heard-message';
import type { InteractionKind } from '../../schema/interaction';
import type { RapportDatabase } from '../database';
import { historyOf } from './history-of';

const DAY = 86_400_000;
/** Older messages are not what a reply being written now answers. */
const WINDOW_DAYS = 60;
/** The newest few are what a reply answers; the inline panel reads no more from the screen either. */
const MAX_MESSAGES = 5;
/** What the user wrote to them, after which their earlier messages count as answered. */
const WRITTEN: ReadonlySet<InteractionKind> = new Set(['message-sent', 'invitation-sent']);

/**
 * Their messages read from the conversation since the user last wrote to them (within 60 days, at most the five
 * newest, oldest first), left out when the user removed what was read from them.
 */
export async function theirMessagesSince(
  db: RapportDatabase,
  contactId: string,
  now: number,
): Promise<HeardMessage[]> {
  const mine = (await historyOf(db, contactId)).findLast(
    (interaction) => interaction.actor === 'me' && WRITTEN.has(interaction.kind),
  );
  const since = Math.max(mine?.at ?? 0, now - WINDOW_DAYS * DAY);
  const heard = await db.heard
    .where('[contactId+at]')
    .between([contactId, since], [contactId, Dexie.maxKey], false, true)
    .toArray();
  return heard.filter((message) => !message.removed).slice(-MAX_MESSAGES);
}
