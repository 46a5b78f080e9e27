import { OUTREACH_KINDS } from '../../engine/outreach';
import { findingKeys, findQueue, finishQueue } from '../../engine/queue';
import { MEETING_KINDS } from '../../engine/rules/meeting-follow-up';
import { HELP_KINDS, THANKS_LOOKBACK_MS } from '../../engine/rules/thanks-owed';
import type { FollowUpItem } from '../../engine/types';
import type { Commitment } from '../../schema/commitment';
import type { Contact } from '../../schema/contact';
import type { Interaction, InteractionKind } from '../../schema/interaction';
import type { Settings } from '../../schema/settings';
import { EVENT_LOOKBACK_MS, eventRecordIds } from '../../social/events';
import type { RapportDatabase } from '../database';
import { cadenceCandidates } from './cadence-candidates';
import { followUpStatesOf } from './follow-up-states';
import { recentOfKinds } from './recent-of-kinds';
import { weakTieCandidates } from './weak-tie-candidates';

/**
 * What the rules read of the recent past: meetings and help (what starts a follow-up), my outreach (what ends
 * one) and notes (what to mention). Profile visits, by far the most numerous rows, are not among them.
 */
const RECENT_KINDS: readonly InteractionKind[] = [
  ...new Set<InteractionKind>([...MEETING_KINDS, ...HELP_KINDS, ...OUTREACH_KINDS, 'note']),
];

async function eventPromises(db: RapportDatabase, recent: readonly Interaction[]): Promise<Commitment[]> {
  const ids = recent
    .filter((i) => i.kind === 'met' && i.eventId)
    .map((i) => eventRecordIds(i.eventId!, i.contactId).promise);
  const found = await db.commitments.bulkGet(ids);
  return found.filter((c): c is Commitment => !!c && c.status === 'open' && c.dueAt === null);
}

export interface QueueContext {
  settings: Settings;
  now: number;
  timeZone: string;
}

/**
 * The follow-up queue, read with indexed queries only: the recent window of the kinds the rules read
 * ([kind+at]), open dated commitments ([status+dueAt]), cadence and weak-tie candidates (cadenceDays, tags,
 * lastInteractionAt), the people those point at (by id), and the follow-up states of the items found (by key).
 * Its cost follows what is recent and due, not the size of the tables.
 */
export async function loadQueue(db: RapportDatabase, context: QueueContext): Promise<FollowUpItem[]> {
  // One window covers meetings (14 days) and help (30 days); the rules apply their own limits.
  const since = context.now - THANKS_LOOKBACK_MS;
  const tables = [db.contacts, db.interactions, db.commitments, db.followUps, db.events];
  return db.transaction('r', tables, async () => {
    const [interactions, dated, byCadence, weakTies, events] = await Promise.all([
      recentOfKinds(db, RECENT_KINDS, since, context.now),
      db.commitments
        .where('[status+dueAt]')
        .between(['open', -Infinity], ['open', Infinity], true, true)
        .toArray(),
      cadenceCandidates(db, context.settings, context.now),
      weakTieCandidates(db, context.settings, context.now),
      db.events
        .where('endedAt')
        .aboveOrEqual(context.now - EVENT_LOOKBACK_MS)
        .toArray(),
    ]);
    // Promises made at an event are undated (its follow-up carries the date), so the dated index misses them.
    const commitments = [...dated, ...(await eventPromises(db, interactions))];
    const contacts = new Map<string, Contact>(
      [...byCadence, ...weakTies].map((contact) => [contact.id, contact]),
    );
    const missing = [...new Set([...interactions, ...commitments].map((row) => row.contactId))].filter(
      (id) => !contacts.has(id),
    );
    for (const contact of await db.contacts.bulkGet(missing)) if (contact) contacts.set(contact.id, contact);
    const found = findQueue({
      ...context,
      contacts: [...contacts.values()],
      interactions,
      commitments,
      events,
    });
    return finishQueue(found, await followUpStatesOf(db, findingKeys(found)));
  });
}
