import { newInteraction } from '../../contacts/new-interaction';
import type { RapportDatabase } from '../../db/database';
import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import type { Interaction } from '../../schema/interaction';
import { mutualChoiceKey } from '../../social/mutual-match';
import type { HandlerContext } from '../context';
import { recordInteractions } from '../record-interaction';

export const introId = (introducerId: string, targetId: string) => `intro:${introducerId}:${targetId}`;

async function bothKnown(db: RapportDatabase, introducerId: string, targetId: string) {
  const [introducer, target] = await db.contacts.bulkGet([introducerId, targetId]);
  if (!introducer) throw new HandledError('not-found', `No contact "${introducerId}"`);
  if (!target) throw new HandledError('not-found', `No contact "${targetId}"`);
  return { introducer, target };
}

/** Remembers a drafted intro request, so the send recorder can log it as an ask when the user sends it. */
export function introDrafted({ db, now }: HandlerContext): Handler<'intro/drafted'> {
  return async ({ introducerId, targetId, at }) =>
    db.transaction('rw', db.contacts, db.intros, async () => {
      const { target } = await bothKnown(db, introducerId, targetId);
      const id = introId(introducerId, targetId);
      const existing = await db.intros.get(id);
      if (existing?.sentAt) return { id };
      await db.intros.put({
        id,
        introducerId,
        targetId,
        targetName: target.name,
        draftedAt: Math.min(at, now()),
        sentAt: null,
        interactionId: null,
      });
      return { id };
    });
}

/** The ask an intro request puts on the introducer: asked, by me, naming the person. */
export function introAsk(id: string, introducerId: string, targetName: string, at: number): Interaction {
  return newInteraction({
    id,
    contactId: introducerId,
    at,
    kind: 'asked',
    exchange: 'ask',
    intent: 'ask',
    context: `Asked for an intro to ${targetName}`,
    source: 'manual',
  });
}

/** "I sent it": logs the ask on the introducer once, however often it is clicked. */
export function introMarkSent({ db, now }: HandlerContext): Handler<'intro/mark-sent'> {
  return async ({ introducerId, targetId, at: given }) =>
    db.transaction('rw', db.contacts, db.interactions, db.intros, async () => {
      const { introducer, target } = await bothKnown(db, introducerId, targetId);
      const id = introId(introducerId, targetId);
      const existing = await db.intros.get(id);
      if (existing?.sentAt && existing.interactionId) {
        return { id, interactionId: existing.interactionId, created: false };
      }
      const at = Math.min(given, now());
      const interaction = introAsk(`${id}:asked:${at}`, introducerId, target.name, at);
      await recordInteractions(db, introducer, [interaction]);
      await db.intros.put({
        id,
        introducerId,
        targetId,
        targetName: target.name,
        draftedAt: existing?.draftedAt ?? at,
        sentAt: at,
        interactionId: interaction.id,
      });
      return { id, interactionId: interaction.id, created: true };
    });
}

/** Stores the user's answer to "which of your contacts is this?" for one profile's mutual connection. */
export function mutualChoose({ db }: HandlerContext): Handler<'mutual/choose'> {
  return async ({ profileId, shownName, contactId }) => {
    const shownKey = mutualChoiceKey(shownName);
    if (!shownKey) throw new HandledError('bad-request', 'The name has no letters');
    await db.transaction('rw', db.contacts, db.mutualChoices, async () => {
      if (contactId && !(await db.contacts.get(contactId))) {
        throw new HandledError('not-found', `No contact "${contactId}"`);
      }
      await db.mutualChoices.put({ profileId, shownKey, contactId });
    });
    return { shownKey };
  };
}
