import { historyOf } from '../../db/queries/history-of';
import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** Deletes a person and everything about them in one transaction, so no follow-up is left pointing at nobody. */
export function contactDelete({ db }: HandlerContext): Handler<'contact/delete'> {
  return async ({ contactId, confirm }) => {
    if (confirm !== contactId) throw new HandledError('bad-request', '"confirm" must repeat the contact id');
    return db.transaction('rw', [db.contacts, db.interactions, db.commitments, db.followUps], async () => {
      const rows = await Promise.all([
        db.contacts.where('id').equals(contactId).delete(),
        historyOf(db, contactId).delete(),
        db.commitments.where('contactId').equals(contactId).delete(),
        db.followUps.where('contactId').equals(contactId).delete(),
      ]);
      return { deleted: rows.reduce((sum, count) => sum + count, 0) };
    });
  };
}
