import { minuteId } from '../../db/minute-id';
import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import { fingerprint } from '../../text/fingerprint';
import type { HandlerContext } from '../context';

/** Records a promise either side made. Same id (or same text, side and minute) twice stores it once. */
export function commitmentAdd({ db }: HandlerContext): Handler<'commitment/add'> {
  return async ({ id: given, contactId, by, text, madeAt, dueAt }) =>
    db.transaction('rw', db.contacts, db.commitments, async () => {
      if (!(await db.contacts.get(contactId)))
        throw new HandledError('not-found', `No contact "${contactId}"`);
      const id = given ?? minuteId(['manual', by, contactId, fingerprint(text)], madeAt);
      if (await db.commitments.get(id)) return { id, created: false };
      await db.commitments.put({
        id,
        contactId,
        by,
        text,
        madeAt,
        dueAt,
        status: 'open',
        closedAt: null,
        source: 'manual',
      });
      return { id, created: true };
    });
}
