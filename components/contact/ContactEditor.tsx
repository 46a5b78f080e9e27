import { useState } from 'react';
import type { Contact } from '../../lib/schema/contact';
import { ActionError } from '../shared/ActionError';
import { FormButtons } from '../shared/FormButtons';
import { useProtocolAction } from '../shared/use-protocol-action';

const FIELDS = [
  ['name', 'Name'],
  ['headline', 'Headline'],
  ['title', 'Title'],
  ['company', 'Company'],
  ['location', 'Location'],
  ['howWeMet', 'How we met'],
] as const;

type Draft = Record<(typeof FIELDS)[number][0], string>;

/** Lets the user correct what was captured; corrected fields win over later visits and imports. */
export function ContactEditor({ contact, onClose }: { contact: Contact; onClose: () => void }) {
  const [draft, setDraft] = useState<Draft>(() => ({
    name: contact.name,
    headline: contact.headline,
    title: contact.title,
    company: contact.company,
    location: contact.location,
    howWeMet: contact.howWeMet,
  }));
  const { send, error } = useProtocolAction();

  const save = async () => {
    const reply = await send('contact/edit', { contactId: contact.id, changes: draft });
    if (reply.ok) onClose();
  };

  return (
    <form
      aria-label="Edit contact"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {FIELDS.map(([field, label]) => (
        <label key={field}>
          <span>{label}</span>
          <input
            value={draft[field]}
            maxLength={field === 'name' ? 200 : 300}
            onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
          />
        </label>
      ))}
      <ActionError error={error} />
      <FormButtons submit="Save" onCancel={onClose} />
    </form>
  );
}
