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

/** A change of these from a known value is a new role: an occasion to congratulate (lib/engine/rules/new-role.ts). */
export const ROLE_FIELDS = ['title', 'company'] as const;

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
    followers: snapshot.followers ?? '',
    experience: snapshot.experience,
    education: snapshot.education,
    roleSource: snapshot.title || snapshot.company ? 'capture' : '',
  });
}

/**
 * Sets `fields` to the values of `incoming` that differ, keeping each replaced value in history, and marks a new
 * role when the title or company moved from a known value. Fields the user corrected and empty values are skipped.
 */
export function applyChanges(
  merged: Contact,
  incoming: Partial<Record<EditableContactField, string | null>>,
  fields: readonly EditableContactField[],
  now: number,
): void {
  const history = [...merged.history];
  for (const field of fields) {
    const value = incoming[field];
    if (!value || merged.editedFields.includes(field) || value === merged[field]) continue;
    if (merged[field]) {
      history.push({ field, value: merged[field], changedAt: now });
      if ((ROLE_FIELDS as readonly string[]).includes(field)) merged.roleChangedAt = now;
    }
    merged[field] = value;
  }
  merged.history = history.slice(-HISTORY_LIMIT);
}

/**
 * Folds a fresh capture into the stored contact. Fields the user corrected stay as they are; a captured value
 * that replaces a different one (a new headline, a new job) keeps the old value in history. Values the page
 * did not show (null, an empty list) never erase what is known.
 */
export function mergeCapture(existing: Contact | undefined, snapshot: ProfileSnapshot, now: number): Contact {
  if (!existing) return fromSnapshot(snapshot, now);
  const merged: Contact = { ...existing, lastSeenAt: Math.max(existing.lastSeenAt, now) };
  applyChanges(merged, snapshot, CAPTURED_FIELDS, now);
  if (snapshot.title || snapshot.company) merged.roleSource = 'capture';
  merged.profileUrl = snapshot.profileUrl || existing.profileUrl;
  if (snapshot.about) merged.about = snapshot.about;
  if (snapshot.degree !== null) merged.degree = snapshot.degree;
  if (snapshot.mutualCount !== null) merged.mutualCount = snapshot.mutualCount;
  if (snapshot.mutualNames.length) merged.mutualNames = snapshot.mutualNames;
  if (snapshot.connections) merged.connections = snapshot.connections;
  if (snapshot.followers) merged.followers = snapshot.followers;
  // The 2026 top card names one school before the Education section loads: a fuller list already kept wins.
  if (snapshot.experience.length >= existing.experience.length || snapshot.sources.experience === 'heading')
    merged.experience = snapshot.experience.length ? snapshot.experience : existing.experience;
  if (snapshot.education.length >= existing.education.length || snapshot.sources.education === 'heading')
    merged.education = snapshot.education.length ? snapshot.education : existing.education;
  return merged;
}
