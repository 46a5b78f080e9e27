import type { Contact } from '../../lib/schema/contact';

/** A list of people with their role; links open their LinkedIn profile in a new tab (the user's click). */
export function ContactList({ contacts }: { contacts: Contact[] }) {
  if (!contacts.length) return <p className="muted">No one yet. Visit a LinkedIn profile to add a person.</p>;
  return (
    <ul className="plain" aria-label="Contacts">
      {contacts.map((contact) => (
        <li key={contact.id}>
          <a href={contact.profileUrl} target="_blank" rel="noreferrer">
            {contact.name}
          </a>
          <p className="muted">
            {[contact.title || contact.headline, contact.company].filter(Boolean).join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
