import { type ContactSummary, summaryHistory } from '../../engine/contact-summary';
import { findingKeys, findQueue, finishQueue } from '../../engine/queue';
import type { QueueContact } from '../../engine/queue-contact';
import { THANKS_LOOKBACK_MS } from '../../engine/rules/thanks-owed';
import type { FollowUpItem } from '../../engine/types';
import type { Commitment } from '../../schema/commitment';
import type { Interaction } from '../../schema/interaction';
import type { Settings } from '../../schema/settings';
import { EVENT_LOOKBACK_MS, eventRecordIds } from '../../social/events';
import type { RapportDatabase } from '../database';
import { cadenceCards, defaultCadenceCandidates } from './cadence-candidates';
import { followUpStatesOf } from './follow-up-states';
import { newRoleCandidates } from './new-role-candidates';
import { weakTieCandidates } from './weak-tie-candidates';

const uniqueById = (rows: readonly Interaction[]) => [...new Map(rows.map((row) => [row.id, row])).values()];
const present = <T>(row: T | undefined): row is T => row !== undefined;

/**
 * Events that ended within the lookback, everything logged at them (through the eventId index), the summaries of
 * the people met (so outreach since the meeting counts) and their promises, which are undated (the batch carries
 * the date) and so missed by the dated-commitments index.
 */
async function loadEventBatches(db: RapportDatabase, now: number) {
  const events = await db.events
    .where('endedAt')
    .between(now - EVENT_LOOKBACK_MS, now, true, true)
    .toArray();
  if (events.length === 0) return { events, rows: [], promises: [] };
  const logged = await db.interactions
    .where('eventId')
    .anyOf(events.map((e) => e.id))
    .toArray();
  const met = logged.filter((i) => i.kind === 'met');
  const [summaries, promises] = await Promise.all([
    db.summaries.bulkGet([...new Set(met.map((i) => i.contactId))]),
    db.commitments.bulkGet(met.map((i) => eventRecordIds(i.eventId!, i.contactId).promise)),
  ]);
  return {
    events,
    rows: [...summaries.flatMap((s) => summaryHistory(s)), ...logged],
    promises: promises.filter((c): c is Commitment => !!c && c.status === 'open' && c.dueAt === null),
  };
}

export interface QueueContext {
  settings: Settings;
  now: number;
  timeZone: string;
}

/**
 * The follow-up queue, read with indexed queries only, none of them over the history: the people on a cadence
 * set by hand from the queue cards (a few rows for all of them, summaries included), the people with a follow-up
 * still open (summaries by openSince, over one window that covers meetings' 14 days and help's 30), open dated
 * commitments ([status+dueAt]), default-cadence and weak-tie candidates (lastInteractionAt), new roles
 * (roleChangedAt), the people those point at (by id), then, for the items found, the summaries not yet read
 * (what to mention) and the follow-up states. Its cost follows what is open and due, not how long the history is.
 */
export async function loadQueue(db: RapportDatabase, context: QueueContext): Promise<FollowUpItem[]> {
  const since = context.now - THANKS_LOOKBACK_MS;
  const tables = [
    db.contacts,
    db.summaries,
    db.commitments,
    db.followUps,
    db.events,
    db.interactions,
    db.queueCards,
  ];
  return db.transaction('r', tables, async () => {
    const [cards, open, dated, byDefault, weakTies, newRoles, event] = await Promise.all([
      cadenceCards(db, context.settings),
      db.summaries.where('openSince').between(since, context.now, true, true).toArray(),
      db.commitments
        .where('[status+dueAt]')
        .between(['open', -Infinity], ['open', Infinity], true, true)
        .toArray(),
      defaultCadenceCandidates(db, context.settings, context.now),
      weakTieCandidates(db, context.settings, context.now),
      newRoleCandidates(db, context.now),
      loadEventBatches(db, context.now),
    ]);
    const commitments = [...dated, ...event.promises];
    const contacts = new Map<string, QueueContact>(cards.map((card) => [card.contact.id, card.contact]));
    for (const contact of [...byDefault, ...weakTies, ...newRoles]) contacts.set(contact.id, contact);
    const missing = [...new Set([...open, ...commitments, ...event.rows].map((row) => row.contactId))].filter(
      (id) => !contacts.has(id),
    );
    for (const contact of await db.contacts.bulkGet(missing)) if (contact) contacts.set(contact.id, contact);
    const carded = new Set(cards.map((card) => card.contact.id));
    // A new role is settled by my outreach since the change, so those few people's summaries are read up front.
    const roleSummaries = (
      await db.summaries.bulkGet(newRoles.filter((c) => !carded.has(c.id)).map((contact) => contact.id))
    ).filter(present);
    const read: ContactSummary[] = [
      ...open,
      ...roleSummaries,
      ...cards.map((card) => card.summary).filter(present),
    ];
    const found = findQueue({
      ...context,
      contacts: [...contacts.values()],
      interactions: uniqueById([...read.flatMap(summaryHistory), ...event.rows]),
      commitments,
      events: event.events,
    });
    // The people found whose summary is not read yet need it only for what to mention.
    const opened = new Set(read.map((summary) => summary.contactId));
    const others = [
      ...new Set(found.byRule.flatMap(({ findings }) => findings.map((f) => f.contactId))),
    ].filter((id) => !opened.has(id));
    const [states, summaries] = await Promise.all([
      followUpStatesOf(db, findingKeys(found)),
      db.summaries.bulkGet(others),
    ]);
    const history = new Map(found.view.history);
    for (const summary of summaries.filter(present)) {
      history.set(
        summary.contactId,
        summaryHistory(summary).filter((interaction) => interaction.at <= context.now),
      );
    }
    return finishQueue({ ...found, view: { ...found.view, history } }, states);
  });
}
