import type { ExperienceEntry } from '../../schema/career';
import type { Contact } from '../../schema/contact';
import type { SchemaVersion } from './types';

// Experience, education and the user's own profile (issue 15). Contacts gain their positions and schools, the time
// their role last changed (indexed, for the new-role follow-up) and who set that role; a new one-row table holds
// the user's own profile. Existing contacts get a career built from what Rapport already kept: the current role,
// then each earlier company their history remembers.

/** A row as any earlier version stored it: version-1 rows may lack fields later versions added. */
type StoredContact = Partial<Contact> & Pick<Contact, 'id'>;

/** The current role first, then past companies from the history of changes, newest first, each once. */
export function careerFromHistory(contact: StoredContact): ExperienceEntry[] {
  const { title = '', company = '', history = [] } = contact;
  const entries: ExperienceEntry[] = [];
  if (title || company) entries.push({ title, company, dates: '' });
  const seen = new Set([company.toLowerCase()]);
  for (const change of [...history].reverse()) {
    if (change.field !== 'company' || seen.has(change.value.toLowerCase())) continue;
    seen.add(change.value.toLowerCase());
    entries.push({ title: '', company: change.value, dates: '' });
  }
  return entries.slice(0, 20);
}

export const v6: SchemaVersion = {
  version: 6,
  stores: {
    contacts:
      'id, name, company, lastSeenAt, lastInteractionAt, cadenceDays, *tags, *searchWords, roleChangedAt',
    ownProfile: 'key',
  },
  async upgrade(tx) {
    await tx
      .table('contacts')
      .toCollection()
      .modify((contact: StoredContact) => {
        contact.experience ??= careerFromHistory(contact);
        contact.education ??= [];
        contact.followers ??= '';
        contact.roleChangedAt ??= 0;
        const hasRole = !!(contact.title || contact.company);
        contact.roleSource ??= hasRole ? (contact.source === 'import' ? 'import' : 'capture') : '';
      });
  },
};
