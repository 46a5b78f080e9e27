import { useState } from 'react';
import type { Contact } from '../../lib/schema/contact';
import { ActionError } from '../shared/ActionError';
import { useProtocolAction } from '../shared/use-protocol-action';

const splitTags = (value: string) => [
  ...new Set(
    value
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  ),
];

/** Notes, tags and the keep-in-touch cadence: what the queue's cadence rule and the specifics read. */
export function NotesAndTags({ contact }: { contact: Contact }) {
  const [notes, setNotes] = useState(contact.notes);
  const [tags, setTags] = useState(contact.tags.join(', '));
  const [cadence, setCadence] = useState(contact.cadenceDays ? String(contact.cadenceDays) : '');
  const { send, error } = useProtocolAction();
  const [saved, setSaved] = useState(false);
  const save = async () => {
    const cadenceDays = cadence ? Number(cadence) : null;
    const reply = await send('contact/edit', {
      contactId: contact.id,
      changes: { notes, tags: splitTags(tags), cadenceDays },
    });
    setSaved(reply.ok);
  };
  return (
    <form
      aria-label="Notes and tags"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>Notes and tags</h2>
      <label>
        <span>Notes</span>
        <textarea
          rows={3}
          value={notes}
          maxLength={10_000}
          onChange={(event) => setNotes(event.target.value)}
        />
      </label>
      <label>
        <span>Tags (comma-separated)</span>
        <input value={tags} onChange={(event) => setTags(event.target.value)} />
      </label>
      <label>
        <span>Keep in touch every (days)</span>
        <input
          type="number"
          min={1}
          max={3650}
          value={cadence}
          onChange={(event) => setCadence(event.target.value)}
        />
      </label>
      <button type="submit">Save notes</button> <span role="status">{saved ? 'Saved' : ''}</span>
      <ActionError error={error} inline />
    </form>
  );
}
