import type { Contact } from '../../schema/contact';
import type { NetworkingEvent } from '../../schema/event';
import type { Interaction } from '../../schema/interaction';
import { eventRecordIds } from '../../social/events';
import type { RapportDatabase } from '../database';

/** Events shown for picking: the latest few, since only one still on or ended today can be picked. */
const RECENT_EVENTS = 10;

export interface MetAtEvent {
  contact: Contact;
  meeting: Interaction;
  talkedAbout: string;
  promised: string;
}

export const recentEvents = (db: RapportDatabase): Promise<NetworkingEvent[]> =>
  db.events.orderBy('startedAt').reverse().limit(RECENT_EVENTS).toArray();

/** Who was marked "met here" at an event, in the order met, through the eventId index. */
export async function peopleMetAt(db: RapportDatabase, eventId: string): Promise<MetAtEvent[]> {
  const meetings = (await db.interactions.where('eventId').equals(eventId).toArray())
    .filter((interaction) => interaction.kind === 'met')
    .sort((a, b) => a.at - b.at);
  const ids = meetings.map((meeting) => eventRecordIds(eventId, meeting.contactId));
  const [contacts, notes, promises] = await Promise.all([
    db.contacts.bulkGet(meetings.map((meeting) => meeting.contactId)),
    db.interactions.bulkGet(ids.map((id) => id.note)),
    db.commitments.bulkGet(ids.map((id) => id.promise)),
  ]);
  return meetings.flatMap((meeting, i) => {
    const contact = contacts[i];
    if (!contact) return [];
    return [{ contact, meeting, talkedAbout: notes[i]?.context ?? '', promised: promises[i]?.text ?? '' }];
  });
}
