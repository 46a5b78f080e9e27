import { canonicalProfileUrl } from '../linkedin/url';
import type { Contact } from '../schema/contact';

/** A contact first seen at `now`, with every field Rapport has not learnt yet empty. */
export function newContact(id: string, name: string, now: number, known: Partial<Contact> = {}): Contact {
  return {
    id,
    profileUrl: canonicalProfileUrl(id),
    name,
    headline: '',
    title: '',
    company: '',
    location: '',
    about: '',
    degree: null,
    mutualCount: null,
    mutualNames: [],
    connections: '',
    followers: '',
    experience: [],
    education: [],
    roleChangedAt: 0,
    roleSource: '',
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
    source: 'capture',
    aliases: [],
    notSameAs: [],
    ...known,
  };
}
