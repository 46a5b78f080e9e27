import { newInteraction } from '../../contacts/new-interaction';
import { minuteId } from '../../db/minute-id';
import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import { eventRecordIds, isPickable } from '../../social/events';
import type { HandlerContext } from '../context';
import { recordInteractions } from '../record-interaction';

/** Starts an event; one at a time, so any still on is ended now. A double click starts one. */
export function eventStart({ db, now }: HandlerContext): Handler<'event/start'> {
  return async ({ name, day, timeZone, at: given }) =>
    db.transaction('rw', db.events, async () => {
      const at = Math.min(given, now());
      const id = minuteId(['event'], at);
      if (await db.events.get(id)) return { id, ended: [] };
      const running = (
        await db.events
          .toCollection()
          .filter((e) => e.endedAt === null)
          .toArray()
      ).map((e) => e.id);
      for (const other of running) await db.events.update(other, { endedAt: at });
      await db.events.put({ id, name, day, timeZone, startedAt: at, endedAt: null });
      return { id, ended: running };
    });
}

/** Ends an event; ending it again keeps the first end. */
export function eventEnd({ db, now }: HandlerContext): Handler<'event/end'> {
  return async ({ id, at }) =>
    db.transaction('rw', db.events, async () => {
      const event = await db.events.get(id);
      if (!event) throw new HandledError('not-found', `No event "${id}"`);
      if (event.endedAt !== null) return { id, endedAt: event.endedAt };
      const endedAt = Math.max(event.startedAt, Math.min(at, now()));
      await db.events.update(id, { endedAt });
      return { id, endedAt };
    });
}

/**
 * "Met here": the meeting at the event, what we talked about as a note, what I promised as my commitment, all
 * under ids made of the event and the person, so tapping again updates them. A person marked after the event
 * ended (later that day) is dated at its end: that is when you met.
 */
export function eventMet({ db, now }: HandlerContext): Handler<'event/met'> {
  return async ({ eventId, contactId, talkedAbout, promised, at: given }) =>
    db.transaction('rw', [db.events, db.contacts, db.interactions, db.commitments], async () => {
      const [event, contact] = await Promise.all([db.events.get(eventId), db.contacts.get(contactId)]);
      if (!event) throw new HandledError('not-found', `No event "${eventId}"`);
      if (!contact) throw new HandledError('not-found', `No contact "${contactId}"`);
      const clock = now();
      if (!isPickable(event, clock)) {
        throw new HandledError(
          'bad-request',
          `${event.name} is over: people can be marked until the end of its day`,
        );
      }
      const ids = eventRecordIds(eventId, contactId);
      const existing = await db.interactions.get(ids.met);
      const at = existing?.at ?? Math.min(given, clock, event.endedAt ?? clock);
      const base = { contactId, at, source: 'manual' as const, eventId };
      const met = newInteraction({ ...base, id: ids.met, kind: 'met', context: event.name });
      const note =
        talkedAbout && newInteraction({ ...base, id: ids.note, kind: 'note', context: talkedAbout });
      await recordInteractions(db, contact, note ? [met, note] : [met]);
      if (!note) await db.interactions.delete(ids.note);
      if (promised) {
        await db.commitments.put({
          id: ids.promise,
          contactId,
          by: 'me',
          text: promised,
          madeAt: at,
          dueAt: null,
          status: 'open',
          closedAt: null,
          source: 'manual',
        });
      } else await db.commitments.delete(ids.promise);
      if (!contact.howWeMet) await db.contacts.update(contactId, { howWeMet: `Met at ${event.name}` });
      return { interactionId: ids.met, created: !existing };
    });
}

/** Undoes "met here" for one person: the meeting, its note and its promise. */
export function eventUnmet({ db }: HandlerContext): Handler<'event/unmet'> {
  return async ({ eventId, contactId }) =>
    db.transaction('rw', db.interactions, db.commitments, async () => {
      const ids = eventRecordIds(eventId, contactId);
      const present = (await db.interactions.bulkGet([ids.met, ids.note])).filter(Boolean).length;
      await db.interactions.bulkDelete([ids.met, ids.note]);
      await db.commitments.delete(ids.promise);
      return { removed: present };
    });
}
