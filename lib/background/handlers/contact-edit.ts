import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import { EDITABLE_CONTACT_FIELDS } from '../../schema/contact';
import type { HandlerContext } from '../context';

/** Applies the user's corrections and marks the fields as edited, so later captures and imports leave them. */
export function contactEdit({ db }: HandlerContext): Handler<'contact/edit'> {
  return async ({ contactId, changes }) =>
    db.transaction('rw', db.contacts, async () => {
      const contact = await db.contacts.get(contactId);
      if (!contact) throw new HandledError('not-found', `No contact "${contactId}"`);
      const edited = new Set(contact.editedFields);
      for (const field of EDITABLE_CONTACT_FIELDS) {
        if (changes[field] !== undefined && changes[field] !== contact[field]) edited.add(field);
      }
      await db.contacts.put({ ...contact, ...changes, editedFields: [...edited] });
      return { contactId };
    });
}
