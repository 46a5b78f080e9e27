import { neutralIntent } from '../../coach/neutral-summary';
import { readTheirMessage } from '../../coach/their-message';
import { newInteraction } from '../../contacts/new-interaction';
import { exchangeOf } from '../../engine/exchange';
import { excerptOf, promiseTextOf } from '../../privacy/excerpt';
import type { Handler } from '../../protocol/router';
import type { Commitment } from '../../schema/commitment';
import type { HeardMessage } from '../../schema/heard-message';
import type { Interaction } from '../../schema/interaction';
import { settingsOwner } from '../../settings/owner';
import { fingerprint } from '../../text/fingerprint';
import { shownMoment } from '../../thread/message-time';
import { userTimeZone } from '../../time/calendar';
import { afterToneWeights } from '../after-tone-weights';
import type { HandlerContext } from '../context';
import { touchContact } from '../record-interaction';
import { findOrCreateRecipient } from '../resolve-recipient';

/** As for sent messages: enough to recognise the message, not the message. */

/** The id of a message of theirs: the person and the message's identity, 64 bits so two messages never meet. */
export function heardId(contactId: string, key: string): string {
  return `heard:${contactId}:${fingerprint(key)}${fingerprint(`${key.length}:${key}`)}`;
}

/**
 * Records what the other person's messages did, read from the open conversation: asks, gives and thanks move the
 * ledger as a message received from them; their promises become commitments of theirs with the due date counted
 * from when they wrote. Each message is read once, by its deterministic id — a reload, an overlay and the
 * messaging page showing the same message record it once, and a message whose entries the user removed is not
 * read again. Without the excerpt setting none of their words are stored: a promise keeps its kind, due date
 * and a summary in Rapport's own words (the same as for the user's own promises).
 */
export function threadRead({ db, now, timeZone = userTimeZone }: HandlerContext): Handler<'thread/read'> {
  return afterToneWeights(async ({ participant, messages }) => {
    const readAt = now();
    // Decided here from the settings, never by the content script: a stale or hostile one cannot turn either on.
    const { readConversations, storeExcerpts: includeExcerpt } = await settingsOwner(db).current();
    if (!readConversations) return { status: 'reading-off' as const, contactId: null, read: 0, recorded: 0 };
    return db.transaction('rw', [db.contacts, db.interactions, db.commitments, db.heard], async () => {
      const { status, contact } = await findOrCreateRecipient(db, participant, readAt);
      if (!contact) return { status, contactId: null, read: 0, recorded: 0 };
      const ids = messages.map((message) => heardId(contact.id, message.key));
      const known = new Set((await db.heard.bulkGet(ids)).flatMap((heard) => (heard ? [heard.id] : [])));
      const heard: HeardMessage[] = [];
      const interactions: Interaction[] = [];
      const commitments: Commitment[] = [];
      messages.forEach((message, i) => {
        const id = ids[i]!;
        if (known.has(id)) return;
        known.add(id);
        // When they wrote it, from the labels the page shows; the moment it was read when they say nothing usable.
        const at = Math.min(shownMoment(message.day, message.time, readAt, timeZone()) ?? readAt, readAt);
        const reading = readTheirMessage(message.text, { now: at, timeZone: timeZone() });
        const excerpt = excerptOf(message.text, includeExcerpt);
        const recorded: string[] = [];
        const exchange = exchangeOf({ kind: 'message-received', exchange: 'none', intent: reading.intent });
        if (exchange !== 'none') {
          const interaction = newInteraction({
            id: `${id}:message`,
            contactId: contact.id,
            at,
            kind: 'message-received',
            actor: 'them',
            exchange,
            intent: reading.intent,
            context: neutralIntent(reading.intent),
            excerpt,
            source: 'conversation',
          });
          interactions.push(interaction);
          recorded.push(interaction.id);
        }
        for (const promise of reading.promises) {
          const commitment: Commitment = {
            id: `${id}:promise:${promise.start}`,
            contactId: contact.id,
            by: 'them',
            text: promiseTextOf(promise.text, includeExcerpt),
            madeAt: at,
            dueAt: promise.dueAt,
            status: 'open',
            closedAt: null,
            source: 'conversation',
          };
          commitments.push(commitment);
          recorded.push(commitment.id);
        }
        heard.push({
          id,
          contactId: contact.id,
          at,
          intent: reading.intent,
          questions: reading.questions.length,
          mood: reading.mood,
          excerpt,
          recorded,
          removed: false,
        });
      });
      if (heard.length) {
        await db.heard.bulkPut(heard);
        await db.interactions.bulkPut(interactions);
        await db.commitments.bulkPut(commitments);
        // Every message of theirs is contact, also one that moved no balance and made no record.
        await touchContact(db, contact, Math.max(...heard.map((message) => message.at)));
      }
      return {
        status: 'read' as const,
        contactId: contact.id,
        read: heard.length,
        recorded: interactions.length + commitments.length,
      };
    });
  });
}
