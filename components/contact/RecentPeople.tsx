import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../lib/db/page-database';
import { ContactList } from './ContactList';

const RECENT_LIMIT = 20;

/** The people whose profiles were seen most recently, through the lastSeenAt index. */
export function RecentPeople({ onOpenContact }: { onOpenContact: (id: string) => void }) {
  const contacts = useLiveQuery(
    () => database().contacts.orderBy('lastSeenAt').reverse().limit(RECENT_LIMIT).toArray(),
    [],
  );
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recently seen</h2>
      {contacts ? (
        <ContactList contacts={contacts} label="Recently seen" onOpenContact={onOpenContact} />
      ) : null}
    </section>
  );
}
