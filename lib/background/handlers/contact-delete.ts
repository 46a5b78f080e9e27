import { loggedHistoryOf } from '../../db/queries/history-of';
import { deleteThreads, THREAD_TABLE } from '../../db/thread-store';
import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import type { HandlerContext } from '../context';

/**
 * Deletes a person and everything about them in one transaction, so nothing is left pointing at nobody: their
 * history, promises, follow-up states and messages read, the intro requests through them or to them, and the
 * answers to "which one is this?" that name them or were given on their page (asked again if the name shows up).
 */
export function contactDelete({ db }: HandlerContext): Handler<'contact/delete'> {
  return async ({ contactId, confirm }) => {
    if (confirm !== contactId) throw new HandledError('bad-request', '"confirm" must repeat the contact id');
    return db.transaction(
      'rw',
      [
        db.contacts,
        db.interactions,
        THREAD_TABLE,
        db.commitments,
        db.followUps,
        db.heard,
        db.intros,
        db.mutualChoices,
      ],
      async () => {
        const rows = await Promise.all([
          db.contacts.where('id').equals(contactId).delete(),
          loggedHistoryOf(db, contactId).delete(),
          deleteThreads(db, [contactId]),
          db.commitments.where('contactId').equals(contactId).delete(),
          db.followUps.where('contactId').equals(contactId).delete(),
          db.heard.where('contactId').equals(contactId).delete(),
          db.intros.where('introducerId').equals(contactId).delete(),
          db.intros.where('targetId').equals(contactId).delete(),
          db.mutualChoices.where('profileId').equals(contactId).delete(),
          // Answers are few (one per name the user picked for), and their contactId is not indexed.
          db.mutualChoices.filter((choice) => choice.contactId === contactId).delete(),
        ]);
        return { deleted: rows.reduce((sum, count) => sum + count, 0) };
      },
    );
  };
}
