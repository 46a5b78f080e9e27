import { useState } from 'react';
import type { Party } from '../../lib/schema/interaction';
import { parseDay, startOfDay, userTimeZone } from '../../lib/time/calendar';
import { ActionError } from '../shared/ActionError';
import { useProtocolAction } from '../shared/use-protocol-action';

/** The last moment of a picked day, local time: "by Friday" means by the end of Friday. */
function endOfDay(date: string): number | null {
  const day = parseDay(date);
  return day === null ? null : startOfDay(day + 1, userTimeZone()) - 1;
}

/**
 * Records a promise made by either side, with an optional due date (Trust: deliver on promises). Folded to one
 * line until wanted: promises made in messages are noticed on their own, so the form is the exception, and the
 * Give & take tab stays within the popup's 600 px.
 */
export function AddPromise({ contactId }: { contactId: string }) {
  const [text, setText] = useState('');
  const [by, setBy] = useState<Party>('me');
  const [date, setDate] = useState('');
  const { send, error } = useProtocolAction();
  const add = async () => {
    const reply = await send('commitment/add', {
      contactId,
      by,
      text,
      madeAt: Date.now(),
      dueAt: endOfDay(date),
    });
    if (reply.ok) setText('');
  };
  return (
    <details className="add-promise">
      <summary>Add a promise</summary>
      <form
        aria-label="Add a promise"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label>
          <span>Promise</span>
          <input
            value={text}
            maxLength={500}
            placeholder="Send the deck"
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <div className="row">
          <select
            aria-label="Who promised"
            value={by}
            onChange={(event) => setBy(event.target.value as Party)}
          >
            <option value="me">I promised</option>
            <option value="them">They promised</option>
          </select>
          <input
            type="date"
            aria-label="Due"
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
          <button type="submit" disabled={!text.trim()}>
            Add promise
          </button>
        </div>
        <ActionError error={error} />
      </form>
    </details>
  );
}
