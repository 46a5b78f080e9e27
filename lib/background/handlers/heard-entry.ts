import { neutralIntent } from '../../coach/neutral-summary';
import { exchangeOf } from '../../engine/exchange';
import { HandledError, type Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** The heard message an automatic entry came from: its id is the entry's up to the first `:message`/`:promise`. */
const heardIdOf = (entryId: string) => entryId.replace(/:(message|promise:\d+)$/, '');

/**
 * Removes an entry read from a conversation (their ask, give, thanks or promise). The heard message stays, marked,
 * so the next time the conversation is open the entry does not come back.
 */
export function heardRemove({ db }: HandlerContext): Handler<'heard/remove'> {
  return async ({ id }) =>
    db.transaction('rw', [db.interactions, db.commitments, db.heard], async () => {
      const heard = await db.heard.get(heardIdOf(id));
      if (!heard?.recorded.includes(id))
        throw new HandledError('not-found', `No entry "${id}" from a conversation`);
      await db.interactions.delete(id);
      await db.commitments.delete(id);
      await db.heard.update(heard.id, {
        recorded: heard.recorded.filter((entry) => entry !== id),
        removed: true,
      });
      return { id, removed: true };
    });
}

/** Corrects what a message of theirs did for the ledger ("that was not an ask, it was thanks"). */
export function heardCorrect({ db }: HandlerContext): Handler<'heard/correct'> {
  return async ({ id, intent }) =>
    db.transaction('rw', [db.interactions, db.heard], async () => {
      const interaction = await db.interactions.get(id);
      if (interaction?.source !== 'conversation')
        throw new HandledError('not-found', `No entry "${id}" from a conversation`);
      const exchange = exchangeOf({ kind: interaction.kind, exchange: 'none', intent });
      await db.interactions.update(id, { intent, exchange, context: neutralIntent(intent) });
      await db.heard.update(heardIdOf(id), { intent });
      return { id, intent, exchange };
    });
}
