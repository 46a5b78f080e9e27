import { newContact } from '../contacts/new-contact';
import { isUnlinkedId } from '../contacts/unlinked';
import type { Contact } from '../schema/contact';

/** A contact as the export knows them; the commit merges it into one already captured (lib/contacts/merge-import). */
export function importedContact(id: string, name: string, now: number): Contact {
  // A connection from an export without addresses has no page to link to until the user visits it.
  const address = isUnlinkedId(id) ? { profileUrl: '' } : {};
  return newContact(id, name || id, now, { source: 'import', ...address });
}
