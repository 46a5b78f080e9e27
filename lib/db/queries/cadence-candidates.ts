import { CADENCE_LEAD_MS } from '../../engine/rules/cadence';
import type { Contact } from '../../schema/contact';
import type { Settings } from '../../schema/settings';
import { DAY } from '../../time/calendar';
import type { RapportDatabase } from '../database';

/** The default cadence can cover thousands of people; the most overdue come first, up to this many. */
export const DEFAULT_CADENCE_LIMIT = 200;

/**
 * Contacts a cadence may make due: those with their own cadence, those with a tag that has one (both indexed
 * and set by hand, so few), and for the default cadence those last contacted between the weak-tie line and
 * the cadence line (a range on lastInteractionAt). One equality query per tag: Dexie's anyOf on a multi-entry
 * index walks with cursor jumps and was forty times slower.
 */
export async function cadenceCandidates(
  db: RapportDatabase,
  settings: Settings,
  now: number,
): Promise<Contact[]> {
  const queries = [
    db.contacts.where('cadenceDays').above(0).toArray(),
    ...Object.keys(settings.tagCadences).map((tag) => db.contacts.where('tags').equals(tag).toArray()),
  ];
  if (settings.defaultCadenceDays) {
    const dueBy = now + CADENCE_LEAD_MS - settings.defaultCadenceDays * DAY;
    const lapsedAt = now - settings.weakTieDays * DAY;
    if (dueBy > lapsedAt) {
      queries.push(
        db.contacts
          .where('lastInteractionAt')
          .between(lapsedAt, dueBy, true, true)
          .limit(DEFAULT_CADENCE_LIMIT)
          .toArray(),
      );
    }
  }
  return (await Promise.all(queries)).flat();
}
