import { joinRecords } from '../contacts/join-records';
import { isUnlinked, nameKey } from '../contacts/unlinked';
import type { RapportDatabase } from '../db/database';
import { loggedHistoryOf } from '../db/queries/history-of';
import { moveThread, THREAD_TABLE } from '../db/thread-store';
import { HandledError } from '../protocol/router';
import type { Contact } from '../schema/contact';

/** Every table that names a person, for the transaction that makes two records one. */
export const JOIN_TABLES = [
  'contacts',
  'interactions',
  THREAD_TABLE,
  'commitments',
  'followUps',
  'heard',
  'intros',
  'mutualChoices',
] as const;

/**
 * Makes the record without an address part of the page's record, inside the caller's transaction over
 * JOIN_TABLES: everything that named the old key (interactions, the imported thread, promises, follow-up states, messages read,
 * intro requests, mutual-connection choices) names the page's key, the joined contact is written and the old
 * one deleted. Refuses anything but an unlinked record of the same name joining a record with a page, so no
 * message can fold one LinkedIn profile into another.
 */
export async function joinUnlinked(db: RapportDatabase, page: Contact, unlinkedId: string, now: number) {
  const unlinked = await db.contacts.get(unlinkedId);
  if (!unlinked || !isUnlinked(unlinked))
    throw new HandledError('not-found', 'That record is not a connection without a profile address.');
  if (isUnlinked(page) || nameKey(page.name) !== nameKey(unlinked.name))
    throw new HandledError('bad-request', 'Only a record of the same name can join a LinkedIn profile.');
  const to = page.id;
  const moved = (await loggedHistoryOf(db, unlinkedId).toArray()).map((row) => ({ ...row, contactId: to }));
  await db.interactions.bulkPut(moved);
  const movedThread = await moveThread(db, unlinkedId, to);
  await db.commitments.where('contactId').equals(unlinkedId).modify({ contactId: to });
  const states = await db.followUps.where('contactId').equals(unlinkedId).toArray();
  await db.followUps.bulkDelete(states.map((state) => state.key));
  await db.followUps.bulkPut(
    states.map((state) => ({ ...state, key: followUpKeyFor(state.key, unlinkedId, to), contactId: to })),
  );
  await db.heard.where('contactId').equals(unlinkedId).modify({ contactId: to });
  await db.intros.where('introducerId').equals(unlinkedId).modify({ introducerId: to });
  await db.intros.where('targetId').equals(unlinkedId).modify({ targetId: to });
  await db.mutualChoices.filter((choice) => choice.contactId === unlinkedId).modify({ contactId: to });
  const joined = joinRecords(page, unlinked, now);
  await db.contacts.delete(unlinkedId);
  await db.contacts.put(joined);
  return { joined, interactionsMoved: moved.length + movedThread };
}

/** Rules whose follow-ups follow a person, keyed `<rule>:<contact id>:<since>` (the others key by a record's id). */
const KEYED_BY_PERSON = ['cadence', 'weak-tie', 'new-role'] as const;

/**
 * The key a follow-up state of the old record takes on the joined one, so a snooze or a "done" set before the
 * join still holds after it: the person-keyed rules' keys and an event's `event-follow-up:<event>:<contact id>`.
 * Keys of interactions and promises are left alone: those keep their ids, even one that ends in the contact's.
 */
export function followUpKeyFor(key: string, from: string, to: string): string {
  for (const rule of KEYED_BY_PERSON) {
    const prefix = `${rule}:${from}:`;
    if (key.startsWith(prefix)) return `${rule}:${to}:${key.slice(prefix.length)}`;
  }
  if (key.startsWith('event-follow-up:') && key.endsWith(`:${from}`))
    return `${key.slice(0, -from.length)}${to}`;
  return key;
}

/** Records without an address named like this person that the user has not turned down. */
export async function unlinkedNamed(db: RapportDatabase, contact: Pick<Contact, 'name' | 'notSameAs'>) {
  const named = await db.contacts.where('name').equalsIgnoreCase(contact.name).toArray();
  return named.filter(
    (c) =>
      isUnlinked(c) && nameKey(c.name) === nameKey(contact.name) && !(contact.notSameAs ?? []).includes(c.id),
  );
}
