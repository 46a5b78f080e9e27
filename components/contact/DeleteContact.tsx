import { useState } from 'react';
import type { Contact } from '../../lib/schema/contact';
import { ActionError } from '../shared/ActionError';
import { useProtocolAction } from '../shared/use-protocol-action';

/** Deletes one person with their history, promises and follow-ups, after a second, explicit click. */
export function DeleteContact({ contact, onDeleted }: { contact: Contact; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const { send, error } = useProtocolAction();
  const remove = async () => {
    const reply = await send('contact/delete', { contactId: contact.id, confirm: contact.id });
    if (reply.ok) onDeleted();
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
      <ActionError error={error} inline />
    </p>
  );
}
