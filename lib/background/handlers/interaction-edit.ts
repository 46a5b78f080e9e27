import { THREAD_TABLE } from '../../db/thread-store';
import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { historyEntry, replaceEntry } from '../history-entry';
import { refreshLastInteraction } from './last-interaction';

/** Corrects a logged or imported interaction from the timeline: what kind, which side, when, and what it was about. */
export function interactionEdit({ db }: HandlerContext): Handler<'interaction/edit'> {
  return async ({ id, contactId, changes }) =>
    db.transaction('rw', db.contacts, db.interactions, THREAD_TABLE, async () => {
      const entry = await historyEntry(db, id, contactId);
      if (!entry) throw new HandledError('not-found', 'This entry was deleted.');
      // A new kind decides the give/ask effect afresh (lib/engine/exchange.ts), not what the old kind stored.
      await replaceEntry(db, entry, {
        ...entry.row,
        ...changes,
        ...(changes.kind ? { exchange: 'none' } : {}),
      });
      await refreshLastInteraction(db, entry.row.contactId);
      return { id };
    });
}
