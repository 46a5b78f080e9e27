import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { refreshLastInteraction } from './last-interaction';

/**
 * Deletes one logged interaction (Undo, or delete from the timeline): the ledger, nudges and queue are derived
 * from the history, so they follow. Deleting what is already gone is not an error.
 */
export function interactionDelete({ db }: HandlerContext): Handler<'interaction/delete'> {
  return async ({ id }) =>
    db.transaction('rw', db.contacts, db.interactions, async () => {
      const interaction = await db.interactions.get(id);
      if (!interaction) return { id, deleted: false };
      await db.interactions.delete(id);
      await refreshLastInteraction(db, interaction.contactId);
      return { id, deleted: true };
    });
}
