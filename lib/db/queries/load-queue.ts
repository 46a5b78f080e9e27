import { type ContactSummary, summaryHistory } from '../../engine/contact-summary';
import { findingKeys, findQueue, finishQueue } from '../../engine/queue';
import { THANKS_LOOKBACK_MS } from '../../engine/rules/thanks-owed';
import type { FollowUpItem } from '../../engine/types';
import type { Contact } from '../../schema/contact';
import type { Settings } from '../../schema/settings';
import type { RapportDatabase } from '../database';
import { cadenceCandidates } from './cadence-candidates';
import { followUpStatesOf } from './follow-up-states';
import { newRoleCandidates } from './new-role-candidates';
import { weakTieCandidates } from './weak-tie-candidates';

export interface QueueContext {
  settings: Settings;
  now: number;
  timeZone: string;
}

/**
 * The follow-up queue, read with indexed queries only, none of them over the history: the people with a
 * follow-up still open (summaries by openSince, over one window that covers meetings' 14 days and help's 30),
 * open dated commitments ([status+dueAt]), cadence and weak-tie candidates (cadenceDays, tags,
 * lastInteractionAt), the people those point at (by id), then, for the items found, their summaries (what to
 * mention) and follow-up states. Its cost follows what is open and due, not how long the history is.
 */
export async function loadQueue(db: RapportDatabase, context: QueueContext): Promise<FollowUpItem[]> {
  const since = context.now - THANKS_LOOKBACK_MS;
  return db.transaction('r', [db.contacts, db.summaries, db.commitments, db.followUps], async () => {
    const [open, commitments, byCadence, weakTies, newRoles] = await Promise.all([
      db.summaries.where('openSince').between(since, context.now, true, true).toArray(),
      db.commitments
        .where('[status+dueAt]')
        .between(['open', -Infinity], ['open', Infinity], true, true)
        .toArray(),
      cadenceCandidates(db, context.settings, context.now),
      weakTieCandidates(db, context.settings, context.now),
      newRoleCandidates(db, context.now),
    ]);
    const contacts = new Map<string, Contact>(
      [...byCadence, ...weakTies, ...newRoles].map((contact) => [contact.id, contact]),
    );
    const missing = [...new Set([...open, ...commitments].map((row) => row.contactId))].filter(
      (id) => !contacts.has(id),
    );
    for (const contact of await db.contacts.bulkGet(missing)) if (contact) contacts.set(contact.id, contact);
    // A new role is settled by my outreach since the change, so those few people's summaries are read up front.
    const roleSummaries = (await db.summaries.bulkGet(newRoles.map((contact) => contact.id))).filter(
      (summary): summary is ContactSummary => !!summary,
    );
    const read = [...open, ...roleSummaries];
    // Only an open follow-up needs its history to be found; the others need theirs only for what to mention.
    const found = findQueue({
      ...context,
      contacts: [...contacts.values()],
      interactions: read.flatMap(summaryHistory),
      commitments,
    });
    const opened = new Set(read.map((summary) => summary.contactId));
    const others = [
      ...new Set(found.byRule.flatMap(({ findings }) => findings.map((f) => f.contactId))),
    ].filter((id) => !opened.has(id));
    const [states, summaries] = await Promise.all([
      followUpStatesOf(db, findingKeys(found)),
      db.summaries.bulkGet(others),
    ]);
    const history = new Map(found.view.history);
    for (const summary of summaries.filter((s): s is ContactSummary => !!s)) {
      history.set(
        summary.contactId,
        summaryHistory(summary).filter((interaction) => interaction.at <= context.now),
      );
    }
    return finishQueue({ ...found, view: { ...found.view, history } }, states);
  });
}
