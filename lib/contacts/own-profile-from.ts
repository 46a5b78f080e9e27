import type { Contact } from '../schema/contact';
import type { OwnProfile } from '../schema/own-profile';
import type { ProfileSnapshot } from '../schema/profile-snapshot';

/** The user's own profile as a visit to their page shows it. */
export function ownProfileFromSnapshot(snapshot: ProfileSnapshot, now: number): OwnProfile {
  return {
    key: 'me',
    publicId: snapshot.publicId,
    name: snapshot.name,
    headline: snapshot.headline ?? '',
    title: snapshot.title ?? '',
    company: snapshot.company ?? '',
    location: snapshot.location ?? '',
    experience: snapshot.experience,
    education: snapshot.education,
    source: 'capture',
    updatedAt: now,
  };
}

/** The user's own profile picked among the contacts ("this is me"), for those who never open their own page. */
export function ownProfileFromContact(contact: Contact, now: number): OwnProfile {
  return {
    key: 'me',
    publicId: contact.id,
    name: contact.name,
    headline: contact.headline,
    title: contact.title,
    company: contact.company,
    location: contact.location,
    experience: contact.experience,
    education: contact.education,
    source: 'picked',
    updatedAt: now,
  };
}
