import { mergeCapture } from '../contacts/merge-capture';
import type { RapportDatabase } from '../db/database';
import { canonicalProfileUrl } from '../linkedin/url';
import type { Contact } from '../schema/contact';
import { ProfileSnapshotSchema } from '../schema/profile-snapshot';
import type { Recipient, RecipientStatus } from '../schema/sent-message';
import { cleanText, TEXT_CAPS } from '../text/sanitize';

export interface ResolvedRecipient {
  status: RecipientStatus;
  contact: Contact | null;
}

/**
 * Finds the contact a LinkedIn box writes to. A profile id is authoritative. A bare name counts only when exactly
 * one contact carries it: two people with one name, or none, resolve to nothing, so a message is never filed
 * under the wrong person.
 */
export async function findRecipient(db: RapportDatabase, recipient: Recipient): Promise<ResolvedRecipient> {
  if (recipient.profileId) {
    const contact = await db.contacts.get(recipient.profileId);
    return contact ? { status: 'found', contact } : { status: 'unknown-recipient', contact: null };
  }
  const name = cleanText(recipient.name, TEXT_CAPS.name);
  if (!name) return { status: 'unknown-recipient', contact: null };
  const matches = await db.contacts.where('name').equals(name).limit(2).toArray();
  if (matches.length > 1) return { status: 'ambiguous-recipient', contact: null };
  return matches[0]
    ? { status: 'found', contact: matches[0] }
    : { status: 'unknown-recipient', contact: null };
}

/**
 * Like findRecipient, but a profile id the page showed with a name creates the contact: people are often messaged
 * before their profile was ever opened, and the conversation header is as good a source as the profile's.
 */
export async function findOrCreateRecipient(
  db: RapportDatabase,
  recipient: Recipient,
  at: number,
): Promise<ResolvedRecipient> {
  const found = await findRecipient(db, recipient);
  const name = cleanText(recipient.name, TEXT_CAPS.name);
  if (found.contact || !recipient.profileId || !name) return found;
  const snapshot = ProfileSnapshotSchema.parse({
    publicId: recipient.profileId,
    profileUrl: canonicalProfileUrl(recipient.profileId),
    name,
  });
  const contact = mergeCapture(undefined, snapshot, at);
  await db.contacts.put(contact);
  return { status: 'created', contact };
}
