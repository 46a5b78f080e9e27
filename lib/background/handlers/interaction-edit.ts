import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { refreshLastInteraction } from './last-interaction';

/** Corrects a logged interaction from the timeline: what kind, which side, when, and what it was about. */
export function interactionEdit({ db }: HandlerContext): Handler<'interaction/edit'> {
  return async ({ id, changes }) =>
    db.transaction('rw', db.contacts, db.interactions, async () => {
      const interaction = await db.interactions.get(id);
      if (!interaction) throw new HandledError('not-found', 'This entry was deleted.');
      // A new kind decides the give/ask effect afresh (lib/engine/exchange.ts), not what the old kind stored.
      await db.interactions.update(id, changes.kind ? { ...changes, exchange: 'none' } : changes);
      await refreshLastInteraction(db, interaction.contactId);
      return { id };
    });
}
