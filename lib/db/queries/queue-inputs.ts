import { DAY } from '../../engine/calendar';
import { MEETING_KINDS } from '../../engine/rules/meeting-follow-up';
import { HELP_KINDS, THANKS_LOOKBACK_MS } from '../../engine/rules/thanks-owed';
import type { QueueInputs } from '../../engine/types';
import type { Contact } from '../../schema/contact';
import type { Settings } from '../../schema/settings';
import type { RapportDatabase } from '../database';
import { cadenceCandidates } from './cadence-candidates';
import { contactHistory } from './contact-history';
import { recentOfKinds } from './recent-of-kinds';
import { weakTieCandidates } from './weak-tie-candidates';

export interface QueueContext {
  settings: Settings;
  now: number;
  timeZone: string;
}

/**
 * Reads what the queue needs with indexed queries only: recent meetings and help ([kind+at]), open dated
 * commitments ([status+dueAt]), cadence and weak-tie candidates (cadenceDays, tags, lastInteractionAt), then
 * the recent history and follow-up states of just those people. Its cost follows what is due, not the table sizes.
 */
export async function loadQueueInputs(
  db: RapportDatabase,
  { settings, now, timeZone }: QueueContext,
): Promise<QueueInputs> {
  // One window covers meetings (14 days) and help (30 days); the rules apply their own limits.
  const since = now - THANKS_LOOKBACK_MS;
  return db.transaction('r', db.contacts, db.interactions, db.commitments, db.followUps, async () => {
    const [recent, commitments, byCadence, weakTies] = await Promise.all([
      recentOfKinds(db, [...MEETING_KINDS, ...HELP_KINDS], since, now),
      db.commitments
        .where('[status+dueAt]')
        .between(['open', -Infinity], ['open', Infinity], true, true)
        .toArray(),
      cadenceCandidates(db, settings, now),
      weakTieCandidates(db, settings, now),
    ]);
    const known = new Map<string, Contact>(
      [...byCadence, ...weakTies].map((contact) => [contact.id, contact]),
    );
    const missing = [...new Set([...recent, ...commitments].map((row) => row.contactId))].filter(
      (id) => !known.has(id),
    );
    for (const contact of await db.contacts.bulkGet(missing)) if (contact) known.set(contact.id, contact);
    const ids = [...known.keys()];
    const [histories, followUps] = await Promise.all([
      Promise.all(ids.map((id) => contactHistory(db, id, since - DAY))),
      db.followUps.where('contactId').anyOf(ids).toArray(),
    ]);
    return {
      contacts: [...known.values()],
      interactions: histories.flat(),
      commitments,
      followUps,
      settings,
      now,
      timeZone,
    };
  });
}
