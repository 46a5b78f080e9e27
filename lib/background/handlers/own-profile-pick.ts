import { ownProfileFromContact } from '../../contacts/own-profile-from';
import { isUnlinked } from '../../contacts/unlinked';
import { HandledError, type Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** "This is me": the user picks their own profile among the contacts; the contact row stays as it is. */
export function ownProfilePick({ db, now }: HandlerContext): Handler<'own-profile/pick'> {
  return async ({ contactId }) =>
    db.transaction('rw', [db.contacts, db.ownProfile], async () => {
      const contact = await db.contacts.get(contactId);
      if (!contact) throw new HandledError('bad-request', 'No such contact.');
      // Their own page is how Rapport knows them; an export's record without an address has none.
      if (isUnlinked(contact))
        throw new HandledError(
          'bad-request',
          'Pick a profile you have visited: this record has no LinkedIn address.',
        );
      await db.ownProfile.put(ownProfileFromContact(contact, now()));
      return { publicId: contact.id };
    });
}
