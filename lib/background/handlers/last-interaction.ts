import type { RapportDatabase } from '../../db/database';
import { historyOf } from '../../db/queries/history-of';

/**
 * Sets a contact's lastInteractionAt from what is left in its history (profile visits do not count), after an
 * interaction was deleted or moved: the queue's cadences and weak ties read it.
 */
export async function refreshLastInteraction(db: RapportDatabase, contactId: string): Promise<void> {
  const latest = (await historyOf(db, contactId)).findLast((interaction) => interaction.kind !== 'visit');
  await db.contacts.update(contactId, { lastInteractionAt: latest?.at ?? 0 });
}
