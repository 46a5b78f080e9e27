import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../lib/db/page-database';
import { type MetAtEvent, peopleMetAt } from '../../lib/db/queries/event-people';
import type { Contact } from '../../lib/schema/contact';
import type { NetworkingEvent } from '../../lib/schema/event';
import { userTimeZone } from '../../lib/time/calendar';
import { ActionError } from '../shared/ActionError';
import { useProtocolAction } from '../shared/use-protocol-action';
import { MetHereNote } from './MetHere';
import { useMetHere } from './use-met-here';
import type { PickedEvent } from './use-picked-event';

const timeOf = (at: number) =>
  new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', timeZone: userTimeZone() });

/**
 * "I'm at an event", while one is on (or it ended today): one line under the popup's bar with a one-tap "Met here"
 * for the person on screen; the optional note (what you talked about, what you promised), who you met and "End
 * event" are one click away, so the event never pushes the draft box out of the popup. Ending it turns everyone
 * met into one follow-up batch in the side panel.
 */
export function EventMode({ picked, contact }: { picked: PickedEvent; contact?: Contact | null }) {
  const { event } = picked;
  const met = useLiveQuery(async () => (event ? peopleMetAt(database(), event.id) : []), [event?.id]);
  if (!event) return null;
  const existing = contact ? met?.find((m) => m.contact.id === contact.id) : undefined;
  return (
    <EventBar
      // A fresh note form per event and person, filled from what was saved once that is loaded.
      key={`${event.id}:${contact?.id}:${met === undefined}`}
      picked={picked}
      event={event}
      contact={contact ?? null}
      met={met}
      existing={existing}
    />
  );
}

function EventBar({
  picked,
  event,
  contact,
  met,
  existing,
}: {
  picked: PickedEvent;
  event: NetworkingEvent;
  contact: Contact | null;
  met: MetAtEvent[] | undefined;
  existing: MetAtEvent | undefined;
}) {
  const { send, error } = useProtocolAction();
  const metHere = useMetHere(event, contact, existing);
  const ended = event.endedAt !== null;
  const end = async () => {
    await send('event/end', { id: event.id, at: Date.now() });
  };
  const count = met?.length ?? 0;
  return (
    <section aria-labelledby="event-heading" className="event-mode">
      <h2 id="event-heading" className="one-line">
        {ended ? 'Met at' : 'At'} {event.name}
      </h2>
      <details>
        <summary
          className="small one-line"
          title={`${contact ? 'Your note on this person, ' : ''}who you met${ended ? '' : ', and ending the event'}`}
        >
          Who you met ({count})
        </summary>
        {picked.pickable.length > 1 ? (
          <label>
            <span>Event</span>
            <select value={event.id} onChange={(e) => picked.choose(e.target.value)}>
              {picked.pickable.map((e) => (
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
            Ended {timeOf(event.endedAt!)}; you can still mark people you met there today.
          </p>
        ) : null}
        {contact ? <MetHereNote metHere={metHere} existing={existing} /> : null}
        {count ? (
          <>
            <h3>Who you met ({count})</h3>
            <ul className="plain" aria-label={`Met at ${event.name}`}>
              {met!.map(({ contact: person }) => (
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
      </details>
      {contact && !existing ? (
        <button type="button" className="primary small event-met" onClick={() => void metHere.mark()}>
          Met here
        </button>
      ) : null}
      {contact && existing ? <span className="small good">On your list</span> : null}
      <ActionError error={error || metHere.error} className="event-error" />
    </section>
  );
}
