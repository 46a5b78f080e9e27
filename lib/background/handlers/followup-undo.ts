import { THREAD_TABLE } from '../../db/thread-store';
import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { refreshLastInteraction } from './last-interaction';

/**
 * Takes back a "Done" (the Undo toast): the follow-up returns to the queue, the interaction Done logged is
 * deleted, and a promise Done marked kept is open again. Undoing twice, or what was never done, changes nothing.
 */
export function followUpUndo({ db }: HandlerContext): Handler<'followup/undo'> {
  return async ({ key }) =>
    db.transaction(
      'rw',
      [db.contacts, db.interactions, THREAD_TABLE, db.followUps, db.commitments],
      async () => {
        const state = await db.followUps.get(key);
        if (state?.doneAt == null) return { key, undone: false };
        const doneAt = state.doneAt;
        if (state.snoozedUntil === null) await db.followUps.delete(key);
        else await db.followUps.update(key, { doneAt: null });
        await db.interactions.delete(`followup:${key}`);
        await db.commitments
          .where('contactId')
          .equals(state.contactId)
          .filter((commitment) => commitment.status === 'kept' && commitment.closedAt === doneAt)
          .modify({ status: 'open', closedAt: null });
        await refreshLastInteraction(db, state.contactId);
        return { key, undone: true };
      },
    );
}
