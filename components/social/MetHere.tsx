import { useState } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';
import type { MetAtEvent } from '../../lib/db/queries/event-people';
import type { Contact } from '../../lib/schema/contact';
import type { NetworkingEvent } from '../../lib/schema/event';

/**
 * One tap marks the person on screen as met at the event; the two optional lines are what the follow-up will
 * mention (Follow Up Thoughtfully) and the promise it will keep (Trust).
 */
export function MetHere({
  event,
  contact,
  existing,
}: {
  event: NetworkingEvent;
  contact: Contact;
  existing: MetAtEvent | undefined;
}) {
  const [talkedAbout, setTalkedAbout] = useState(existing?.talkedAbout ?? '');
  const [promised, setPromised] = useState(existing?.promised ?? '');
  const [status, setStatus] = useState('');
  const first = contact.name.split(' ')[0];
  const mark = async () => {
    const reply = await sendToBackground('event/met', {
      eventId: event.id,
      contactId: contact.id,
      talkedAbout,
      promised,
      at: Date.now(),
    });
    setStatus(reply.ok ? `${first} is on your list for ${event.name}.` : reply.error.message);
  };
  const undo = async () => {
    const reply = await sendToBackground('event/unmet', { eventId: event.id, contactId: contact.id });
    setStatus(reply.ok ? `${first} is off the list.` : reply.error.message);
  };
  return (
    <div className="met-here">
      <label>
        <span>What you talked about (optional)</span>
        <input value={talkedAbout} maxLength={500} onChange={(e) => setTalkedAbout(e.target.value)} />
      </label>
      <label>
        <span>What you promised (optional)</span>
        <input value={promised} maxLength={500} onChange={(e) => setPromised(e.target.value)} />
      </label>
      <div className="row">
        <button type="button" className="primary" onClick={() => void mark()}>
          {existing ? 'Update note' : 'Met here'}
        </button>
        {existing ? (
          <button type="button" onClick={() => void undo()}>
            Not met here
          </button>
        ) : null}
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </div>
  );
}
