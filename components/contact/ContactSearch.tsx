import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../lib/db/page-database';
import { searchContacts } from '../../lib/db/queries/search-contacts';

/** Search results by name, company or tag prefix; choosing one opens the contact view. */
export function ContactSearch({
  query,
  onOpenContact,
}: {
  query: string;
  onOpenContact: (id: string) => void;
}) {
  const results = useLiveQuery(() => searchContacts(database(), query), [query]);
  if (!results) return null;
  if (!results.length) return <p className="muted">No one matches “{query}”.</p>;
  return (
    <ul className="plain" aria-label="Search results">
      {results.map((contact) => (
        <li key={contact.id}>
          <button type="button" className="link" onClick={() => onOpenContact(contact.id)}>
            {contact.name}
          </button>
          <p className="muted">
            {[contact.title || contact.headline, contact.company, ...contact.tags]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
