import { newInteraction } from '../../contacts/new-interaction';
import { exchangeOf } from '../../engine/exchange';
import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { recordInteractions } from '../record-interaction';

/**
 * Marks a follow-up done and logs it in the history, so the ledger, cadences and the timeline see it. The
 * interaction id derives from the key: a double click, or a retry after the worker restarted, logs it once.
 */
export function followUpDone({ db, now }: HandlerContext): Handler<'followup/done'> {
  return async ({ key, contactId, log, context, keepsCommitment }) =>
    db.transaction('rw', [db.contacts, db.interactions, db.followUps, db.commitments], async () => {
      const contact = await db.contacts.get(contactId);
      if (!contact) throw new HandledError('not-found', `No contact "${contactId}"`);
      const interactionId = `followup:${key}`;
      const state = await db.followUps.get(key);
      if (state?.doneAt != null) return { key, interactionId, created: false };
      const at = now();
      await db.followUps.put({ key, contactId, snoozedUntil: null, doneAt: at });
      const interaction = newInteraction({
        id: interactionId,
        contactId,
        at,
        kind: log.kind,
        exchange: exchangeOf({ kind: log.kind, exchange: 'none', intent: log.intent }),
        intent: log.intent,
        context,
        source: 'manual',
      });
      await recordInteractions(db, contact, [interaction]);
      const promise = keepsCommitment ? await db.commitments.get(keepsCommitment) : undefined;
      if (promise?.status === 'open' && promise.contactId === contactId) {
        await db.commitments.update(promise.id, { status: 'kept', closedAt: at });
      }
      return { key, interactionId, created: true };
    });
}
