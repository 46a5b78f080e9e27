import { THREAD_TABLE } from '../../db/thread-store';
import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { historyEntry, replaceEntry } from '../history-entry';
import { refreshLastInteraction } from './last-interaction';

/**
 * Deletes one logged or imported interaction (Undo, or delete from the timeline): the ledger, nudges and queue
 * are derived from the history, so they follow. Deleting what is already gone is not an error.
 */
export function interactionDelete({ db }: HandlerContext): Handler<'interaction/delete'> {
  return async ({ id, contactId }) =>
    db.transaction('rw', db.contacts, db.interactions, THREAD_TABLE, async () => {
      const entry = await historyEntry(db, id, contactId);
      if (!entry) return { id, deleted: false };
      await replaceEntry(db, entry, null);
      await refreshLastInteraction(db, entry.row.contactId);
      return { id, deleted: true };
    });
}
