import { useState } from 'react';
import { isoDay, userTimeZone } from '../../lib/time/calendar';
import { ActionError } from '../shared/ActionError';
import { FormButtons } from '../shared/FormButtons';
import { useProtocolAction } from '../shared/use-protocol-action';

/**
 * "I'm at an event": a name and a date (today unless changed), then everyone met there is one batch. Opened from
 * the popup's bar; closes itself once the event has started.
 */
export function StartEvent({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [day, setDay] = useState(() => isoDay(Date.now(), userTimeZone()));
  const { send, error } = useProtocolAction();
  const start = async () => {
    const reply = await send('event/start', {
      name: name.trim(),
      day,
      timeZone: userTimeZone(),
      at: Date.now(),
    });
    if (reply.ok) onClose();
  };
  return (
    <form
      className="event-start card"
      aria-label="Start an event"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <div className="row">
        <label className="grow">
          <span>Event name</span>
          <input value={name} maxLength={200} required onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          <span>Date</span>
          <input type="date" value={day} required onChange={(e) => setDay(e.target.value)} />
        </label>
      </div>
      <FormButtons submit="Start" onCancel={onClose} disabled={!name.trim()} />
      <ActionError error={error} />
    </form>
  );
}
