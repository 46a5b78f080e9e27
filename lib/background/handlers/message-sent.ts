import { newInteraction } from '../../contacts/new-interaction';
import { toneContextOf } from '../../contacts/tone-context';
import { minuteId } from '../../db/minute-id';
import { exchangeOf } from '../../engine/exchange';
import { excerptOf, promiseTextOf } from '../../privacy/excerpt';
import type { Handler } from '../../protocol/router';
import type { Commitment } from '../../schema/commitment';
import type { InteractionKind } from '../../schema/interaction';
import type { SentMessage } from '../../schema/sent-message';
import { settingsOwner } from '../../settings/owner';
import { fingerprint } from '../../text/fingerprint';
import { userTimeZone } from '../../time/calendar';
import { analyzeTone } from '../../tone';
import { templateSignature } from '../../tone/template';
import { afterToneWeights } from '../after-tone-weights';
import type { HandlerContext } from '../context';
import { recordIntroSend } from '../intro-send';
import { recordInteractions } from '../record-interaction';
import { findOrCreateRecipient } from '../resolve-recipient';

/** "Short" excerpt: enough to recognise the message in a timeline, not the message itself. */
/** What the tone engine reads of a sent message; LinkedIn caps messages at 8,000 characters. */
const ANALYSED_CHARS = 8_000;

const INTERACTION_KIND: Record<SentMessage['kind'], InteractionKind> = {
  message: 'message-sent',
  inmail: 'message-sent',
  'connection-note': 'invitation-sent',
  comment: 'commented',
};

/**
 * Records a message the user sent from a LinkedIn box: its intent (so the give/ask balance moves), the promises
 * in it as commitments by me, and an excerpt only when the user opted in. The id is the contact, kind, text and
 * minute, so a send seen twice (click and submit, or a retried message) is stored once.
 * Whether words are kept is decided here, from the settings, never by the content script that sent the text:
 * with excerpts off a promise is kept as its kind, due date and a summary in Rapport's own words.
 */
export function messageSent({ db, now, timeZone = userTimeZone }: HandlerContext): Handler<'message/sent'> {
  return afterToneWeights(async (message) => {
    const at = Math.min(message.at, now());
    const { storeExcerpts } = await settingsOwner(db).current();
    return db.transaction('rw', [db.contacts, db.interactions, db.commitments, db.intros], async () => {
      const { status, contact } = await findOrCreateRecipient(db, message.recipient, at);
      if (!contact) return { status, contactId: null, interactionId: null, commitments: 0 };
      const kind = INTERACTION_KIND[message.kind];
      const id = minuteId(['sent', kind, contact.id, fingerprint(message.text)], at);
      if (await db.interactions.get(id)) {
        return {
          status: 'already-recorded' as const,
          contactId: contact.id,
          interactionId: id,
          commitments: 0,
        };
      }
      const report = analyzeTone(message.text.slice(0, ANALYSED_CHARS), {
        kind: message.kind,
        ...toneContextOf(contact),
        now: at,
        timeZone: timeZone(),
      });
      const intent = report.intent.label;
      // One-way, so kept whatever the excerpt setting: "you sent this same text to 12 people" needs no words.
      const signature = templateSignature(message.text, contact.name);
      const recorded = newInteraction({
        id,
        contactId: contact.id,
        at,
        kind,
        exchange: exchangeOf({ kind: 'message-sent', exchange: 'none', intent }),
        intent,
        excerpt: excerptOf(message.text, storeExcerpts),
        source: 'auto',
        ...(signature.length ? { signature } : {}),
      });
      const commitments: Commitment[] = report.commitments.map((promise) => ({
        id: `${id}:promise:${promise.start}`,
        contactId: contact.id,
        by: 'me',
        text: promiseTextOf(promise.text, storeExcerpts),
        madeAt: at,
        dueAt: promise.dueAt,
        status: 'open',
        closedAt: null,
        source: 'auto',
      }));
      const interaction =
        message.kind === 'comment' ? recorded : await recordIntroSend(db, recorded, message.text);
      await recordInteractions(db, contact, [interaction]);
      await db.commitments.bulkPut(commitments);
      return {
        status: 'recorded' as const,
        contactId: contact.id,
        interactionId: id,
        commitments: commitments.length,
      };
    });
  });
}
