import type { Contact } from '../../lib/schema/contact';

/** A list of people with their role; a name opens the person's view, as it does in the queue and in search. */
export function ContactList({
  contacts,
  label,
  onOpenContact,
}: {
  contacts: Contact[];
  label: string;
  onOpenContact: (id: string) => void;
}) {
  if (!contacts.length) return <p className="muted">No one yet. Visit a LinkedIn profile to add a person.</p>;
  return (
    <ul className="plain" aria-label={label}>
      {contacts.map((contact) => (
        <li key={contact.id}>
          <button type="button" className="link" onClick={() => onOpenContact(contact.id)}>
            {contact.name}
          </button>
          <p className="muted small one-line">
            {[contact.title || contact.headline, contact.company, contact.location, ...contact.tags]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
