import { ownCadence } from '../../engine/cadence-of';
import { hiddenKeys } from '../../engine/hidden-keys';
import { WEAK_TIE_LIMIT } from '../../engine/rules/weak-tie';
import type { Contact } from '../../schema/contact';
import type { Settings } from '../../schema/settings';
import { DAY } from '../../time/calendar';
import type { RapportDatabase } from '../database';

/**
 * The few weak ties to suggest: walks lastInteractionAt downward from the weak-tie line and stops after
 * WEAK_TIE_LIMIT that are neither snoozed, done nor on a cadence set by hand, so it reads a handful of rows, not the table.
 */
export async function weakTieCandidates(
  db: RapportDatabase,
  settings: Settings,
  now: number,
): Promise<Contact[]> {
  const states = await db.followUps.where('key').startsWith('weak-tie:').toArray();
  const hidden = hiddenKeys(states, now);
  return db.contacts
    .where('lastInteractionAt')
    .between(1, now - settings.weakTieDays * DAY, true, true)
    .reverse()
    .filter(
      (contact) =>
        !hidden.has(`weak-tie:${contact.id}:${contact.lastInteractionAt}`) && !ownCadence(contact, settings),
    )
    .limit(WEAK_TIE_LIMIT)
    .toArray();
}
