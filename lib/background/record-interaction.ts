import type { RapportDatabase } from '../db/database';
import type { Contact } from '../schema/contact';
import type { Interaction } from '../schema/interaction';

/** Moves a contact's `lastInteractionAt` forward to `at`, never back. Inside the caller's transaction. */
export async function touchContact(
  db: RapportDatabase,
  contact: Pick<Contact, 'id' | 'lastInteractionAt'>,
  at: number,
): Promise<void> {
  if (at > contact.lastInteractionAt) await db.contacts.update(contact.id, { lastInteractionAt: at });
}

/**
 * Stores interactions with one contact and moves its `lastInteractionAt` to the latest of them (a profile visit is
 * not an interaction with the person and moves nothing). Inside the caller's read-write transaction over contacts
 * and interactions.
 */
export async function recordInteractions(
  db: RapportDatabase,
  contact: Pick<Contact, 'id' | 'lastInteractionAt'>,
  interactions: readonly Interaction[],
): Promise<void> {
  await db.interactions.bulkPut([...interactions]);
  await touchContact(
    db,
    contact,
    Math.max(0, ...interactions.filter((i) => i.kind !== 'visit').map((i) => i.at)),
  );
}
