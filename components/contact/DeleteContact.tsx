import { useState } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';
import type { Contact } from '../../lib/schema/contact';

/** Deletes one person with their history, promises and follow-ups, after a second, explicit click. */
export function DeleteContact({ contact, onDeleted }: { contact: Contact; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const remove = async () => {
    const reply = await sendToBackground('contact/delete', { contactId: contact.id, confirm: contact.id });
    if (reply.ok) onDeleted();
    else setError(reply.error.message);
  };
  if (!confirming) {
    return (
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        Delete {contact.name}…
      </button>
    );
  }
  return (
    <p className="row">
      Delete {contact.name} and everything logged about them?
      <button type="button" className="danger" onClick={() => void remove()}>
        Yes, delete
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Keep
      </button>
      {error ? <span className="error">{error}</span> : null}
    </p>
  );
}
