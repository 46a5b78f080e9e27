import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { JOIN_TABLES, joinUnlinked } from '../join-unlinked';

/** The user's answer in the popup: join the export's record into this profile's, or never offer it here again. */
export function contactSamePerson({ db, now }: HandlerContext): Handler<'contact/same-person'> {
  return async ({ contactId, unlinkedId, same }) =>
    db.transaction('rw', [...JOIN_TABLES], async () => {
      const page = await db.contacts.get(contactId);
      if (!page) throw new HandledError('not-found', 'No such contact.');
      if (same) {
        const { interactionsMoved } = await joinUnlinked(db, page, unlinkedId, now());
        return { contactId, interactionsMoved };
      }
      const notSameAs = [...new Set([...(page.notSameAs ?? []), unlinkedId])].slice(-50);
      await db.contacts.update(contactId, { notSameAs });
      return { contactId, interactionsMoved: 0 };
    });
}
