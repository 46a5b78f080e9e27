import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ContactList } from './ContactList';
import { database } from './database';

const PAGE_SIZE = 100;

/** The side panel: everyone Rapport knows, most recently seen first, searchable. */
export function SidePanelPage() {
  const [query, setQuery] = useState('');
  const contacts = useLiveQuery(
    () => database().contacts.orderBy('lastSeenAt').reverse().limit(PAGE_SIZE).toArray(),
    [],
  );
  const needle = query.trim().toLowerCase();
  const shown = contacts?.filter(
    (c) => !needle || `${c.name} ${c.company} ${c.tags.join(' ')}`.toLowerCase().includes(needle),
  );
  return (
    <main>
      <h1>People</h1>
      <input
        type="search"
        aria-label="Search people"
        placeholder="Search by name, company or tag"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {shown ? <ContactList contacts={shown} /> : null}
    </main>
  );
}
