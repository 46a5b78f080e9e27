import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';
import { database } from '../../lib/db/page-database';
import { peopleMetAt, recentEvents } from '../../lib/db/queries/event-people';
import { userTimeZone } from '../../lib/engine/calendar';
import type { Contact } from '../../lib/schema/contact';
import { pickableEvents } from '../../lib/social/events';
import { useMinuteTick } from '../shared/use-now';
import { MetHere } from './MetHere';
import { StartEvent } from './StartEvent';

/**
 * "I'm at an event": while one is on (or it ended today), the person on screen gets a one-tap "met here" with an
 * optional note, and the list of who you met grows below. Ending it turns them into one follow-up batch.
 */
export function EventMode({ contact }: { contact?: Contact | null }) {
  const minute = useMinuteTick();
  const events = useLiveQuery(() => recentEvents(database()), [minute]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [error, setError] = useState('');
  const pickable = events ? pickableEvents(events, Date.now()) : [];
  const event = pickable.find((e) => e.id === chosenId) ?? pickable[0];
  const met = useLiveQuery(async () => (event ? peopleMetAt(database(), event.id) : []), [event?.id]);
  if (!events) return null;
  if (!event) return <StartEvent />;

  const end = async () => {
    const reply = await sendToBackground('event/end', { id: event.id, at: Date.now() });
    setError(reply.ok ? '' : reply.error.message);
  };
  const ended = event.endedAt !== null;
  return (
    <section aria-labelledby="event-heading" className="event-mode">
      <h2 id="event-heading">
        {ended ? 'Met at' : 'At'} {event.name}
      </h2>
      {pickable.length > 1 ? (
        <label>
          <span>Event</span>
          <select value={event.id} onChange={(e) => setChosenId(e.target.value)}>
            {pickable.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
                {e.endedAt === null ? ' (on now)' : ' (ended)'}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {ended ? (
        <p className="muted">
          Ended{' '}
          {new Date(event.endedAt!).toLocaleTimeString([], {
            hour: '2-digit',
            minute: '2-digit',
            timeZone: userTimeZone(),
          })}
          ; you can still mark people you met there today.
        </p>
      ) : null}
      {contact ? (
        <MetHere
          key={`${event.id}:${contact.id}:${met === undefined}`}
          event={event}
          contact={contact}
          existing={met?.find((m) => m.contact.id === contact.id)}
        />
      ) : null}
      {met?.length ? (
        <>
          <h3>Who you met ({met.length})</h3>
          <ul className="plain" aria-label={`Met at ${event.name}`}>
            {met.map(({ contact: person }) => (
              <li key={person.id}>{person.name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">Open the profile of someone you met here and tap “Met here”.</p>
      )}
      {ended ? null : (
        <button type="button" onClick={() => void end()}>
          End event
        </button>
      )}
      {ended ? <StartEvent /> : null}
      {error ? <p className="error">{error}</p> : null}
    </section>
  );
}
