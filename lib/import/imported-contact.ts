import { newContact } from '../contacts/new-contact';
import type { Contact } from '../schema/contact';

/** A contact as the export knows them; the commit merges it into one already captured (lib/contacts/merge-import). */
export function importedContact(id: string, name: string, now: number): Contact {
  return newContact(id, name || id, now, { source: 'import' });
}
