import type { RapportDatabase } from '../../db/database';

/**
 * Sets a contact's lastInteractionAt from what is left in its history (profile visits do not count), after an
 * interaction was deleted or moved: the queue's cadences and weak ties read it.
 */
export async function refreshLastInteraction(db: RapportDatabase, contactId: string): Promise<void> {
  const latest = await db.interactions
    .where('[contactId+at]')
    .between([contactId, -Infinity], [contactId, Infinity])
    .reverse()
    .filter((interaction) => interaction.kind !== 'visit')
    .first();
  await db.contacts.update(contactId, { lastInteractionAt: latest?.at ?? 0 });
}
