import { ownCadence } from '../../engine/cadence-of';
import { CADENCE_LEAD_MS } from '../../engine/rules/cadence';
import type { Contact } from '../../schema/contact';
import type { Settings } from '../../schema/settings';
import { DAY } from '../../time/calendar';
import type { RapportDatabase } from '../database';
import type { QueueCard } from '../queue-cards-middleware';

/** The default cadence can cover thousands of people; the most overdue come first, up to this many. */
export const DEFAULT_CADENCE_LIMIT = 200;

/**
 * The people on a cadence set by hand, their own or a tag's (settings name the tags, so which tags count is
 * decided here, at read time): every card, in a few rows, with the summary the rules and specifics read.
 */
export async function cadenceCards(db: RapportDatabase, settings: Settings): Promise<QueueCard[]> {
  const rows = await db.queueCards.toArray();
  return rows.flatMap((row) => Object.values(row.cards)).filter((card) => ownCadence(card.contact, settings));
}

/**
 * For the default cadence, those last contacted between the weak-tie line and the cadence line (a range on
 * lastInteractionAt), the most overdue first.
 */
export async function defaultCadenceCandidates(
  db: RapportDatabase,
  settings: Settings,
  now: number,
): Promise<Contact[]> {
  if (!settings.defaultCadenceDays) return [];
  const dueBy = now + CADENCE_LEAD_MS - settings.defaultCadenceDays * DAY;
  const lapsedAt = now - settings.weakTieDays * DAY;
  if (dueBy <= lapsedAt) return [];
  return db.contacts
    .where('lastInteractionAt')
    .between(lapsedAt, dueBy, true, true)
    .limit(DEFAULT_CADENCE_LIMIT)
    .toArray();
}
