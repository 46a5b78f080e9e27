import { ownProfileFromContact } from '../../contacts/own-profile-from';
import { HandledError, type Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** "This is me": the user picks their own profile among the contacts; the contact row stays as it is. */
export function ownProfilePick({ db, now }: HandlerContext): Handler<'own-profile/pick'> {
  return async ({ contactId }) =>
    db.transaction('rw', [db.contacts, db.ownProfile], async () => {
      const contact = await db.contacts.get(contactId);
      if (!contact) throw new HandledError('bad-request', 'No such contact.');
      await db.ownProfile.put(ownProfileFromContact(contact, now()));
      return { publicId: contact.id };
    });
}
