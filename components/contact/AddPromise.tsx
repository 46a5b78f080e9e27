import { useState } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';
import type { Party } from '../../lib/schema/interaction';
import { parseDay, startOfDay, userTimeZone } from '../../lib/time/calendar';

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
  const [error, setError] = useState('');
  const add = async () => {
    const reply = await sendToBackground('commitment/add', {
      contactId,
      by,
      text,
      madeAt: Date.now(),
      dueAt: endOfDay(date),
    });
    setError(reply.ok ? '' : reply.error.message);
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
        {error ? <p className="error">{error}</p> : null}
      </form>
    </details>
  );
}
