import { canonicalProfileUrl } from '../linkedin/url';
import type { Contact } from '../schema/contact';

/** A contact as the export knows them; the commit merges it into one already captured (lib/contacts/merge-import). */
export function importedContact(id: string, name: string, now: number): Contact {
  return {
    id,
    profileUrl: canonicalProfileUrl(id),
    name: name || id,
    headline: '',
    title: '',
    company: '',
    location: '',
    about: '',
    degree: null,
    mutualCount: null,
    mutualNames: [],
    connections: '',
    email: '',
    firstSeenAt: now,
    lastSeenAt: now,
    lastInteractionAt: 0,
    connectedAt: null,
    tags: [],
    notes: '',
    howWeMet: '',
    cadenceDays: null,
    editedFields: [],
    history: [],
    source: 'import',
  };
}
