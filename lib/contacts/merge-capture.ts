import type { Contact, EditableContactField } from '../schema/contact';
import type { ProfileSnapshot } from '../schema/profile-snapshot';
import { newContact } from './new-contact';

/** Oldest history entries are dropped past this, so a contact row stays small. */
const HISTORY_LIMIT = 50;

const CAPTURED_FIELDS = [
  'name',
  'headline',
  'title',
  'company',
  'location',
] as const satisfies readonly EditableContactField[];

function fromSnapshot(snapshot: ProfileSnapshot, now: number): Contact {
  return newContact(snapshot.publicId, snapshot.name, now, {
    profileUrl: snapshot.profileUrl,
    headline: snapshot.headline ?? '',
    title: snapshot.title ?? '',
    company: snapshot.company ?? '',
    location: snapshot.location ?? '',
    about: snapshot.about ?? '',
    degree: snapshot.degree,
    mutualCount: snapshot.mutualCount,
    mutualNames: snapshot.mutualNames,
    connections: snapshot.connections ?? '',
  });
}

/**
 * Folds a fresh capture into the stored contact. Fields the user corrected stay as they are; a captured value
 * that replaces a different one (a new headline, a new job) keeps the old value in history. Values the page
 * did not show (null) never erase what is known.
 */
export function mergeCapture(existing: Contact | undefined, snapshot: ProfileSnapshot, now: number): Contact {
  if (!existing) return fromSnapshot(snapshot, now);
  const merged: Contact = { ...existing, lastSeenAt: Math.max(existing.lastSeenAt, now) };
  const history = [...existing.history];
  for (const field of CAPTURED_FIELDS) {
    const captured = snapshot[field];
    if (!captured || existing.editedFields.includes(field) || captured === existing[field]) continue;
    if (existing[field]) history.push({ field, value: existing[field], changedAt: now });
    merged[field] = captured;
  }
  merged.history = history.slice(-HISTORY_LIMIT);
  merged.profileUrl = snapshot.profileUrl || existing.profileUrl;
  if (snapshot.about) merged.about = snapshot.about;
  if (snapshot.degree !== null) merged.degree = snapshot.degree;
  if (snapshot.mutualCount !== null) merged.mutualCount = snapshot.mutualCount;
  if (snapshot.mutualNames.length) merged.mutualNames = snapshot.mutualNames;
  if (snapshot.connections) merged.connections = snapshot.connections;
  return merged;
}
