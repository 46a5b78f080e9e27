import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../lib/db/page-database';
import { searchContacts } from '../../lib/db/queries/search-contacts';
import { ContactList } from './ContactList';

/** Search results by any word of name, company, tag, headline or location; choosing one opens the contact view. */
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
  return <ContactList contacts={results} label="Search results" onOpenContact={onOpenContact} />;
}
