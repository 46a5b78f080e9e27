import { newInteraction } from '../../contacts/new-interaction';
import { minuteId } from '../../db/minute-id';
import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { recordInteractions } from '../record-interaction';

/**
 * Logs a manual interaction. Without an explicit id, the id is the kind, contact and minute, so a double click
 * (or a retried message after the worker restarted) stores it once.
 */
export function interactionLog({ db }: HandlerContext): Handler<'interaction/log'> {
  return async (input) =>
    db.transaction('rw', db.contacts, db.interactions, async () => {
      const contact = await db.contacts.get(input.contactId);
      if (!contact) throw new HandledError('not-found', `No contact "${input.contactId}"`);
      const id = input.id ?? minuteId(['manual', input.kind, input.contactId], input.at);
      if (await db.interactions.get(id)) return { id, created: false };
      await recordInteractions(db, contact, [newInteraction({ ...input, id, source: 'manual' })]);
      return { id, created: true };
    });
}
