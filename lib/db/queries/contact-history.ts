import Dexie from 'dexie';
import type { Interaction } from '../../schema/interaction';
import type { RapportDatabase } from '../database';

/** Enough past to find what to mention (last meeting, note, what they shared) without reading a long history. */
export const SPECIFICS_DEPTH = 20;

/**
 * A contact's interactions since `since` (to tell whether a follow-up was made) plus their latest few whatever
 * their age (for the specifics), via the [contactId+at] index.
 */
export async function contactHistory(
  db: RapportDatabase,
  contactId: string,
  since: number,
): Promise<Interaction[]> {
  const range = db.interactions.where('[contactId+at]');
  const [recent, latest] = await Promise.all([
    range.between([contactId, since], [contactId, Dexie.maxKey], true, true).toArray(),
    range
      .between([contactId, Dexie.minKey], [contactId, Dexie.maxKey])
      .reverse()
      .limit(SPECIFICS_DEPTH)
      .toArray(),
  ]);
  const byId = new Map([...latest, ...recent].map((interaction) => [interaction.id, interaction]));
  return [...byId.values()];
}
