import { useState } from 'react';
import { ContactSearch } from './ContactSearch';
import { ContactView } from './ContactView';
import { FollowUpQueue } from './FollowUpQueue';
import { RecentPeople } from './RecentPeople';
import { useQueue } from './use-queue';

/** The side panel: the follow-up queue, search by name, company or tag, recent people, and one person's full view. */
export function SidePanelPage() {
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const { items, now, timeZone } = useQueue();
  if (openId)
    return (
      <main>
        <ContactView contactId={openId} onBack={() => setOpenId(null)} />
      </main>
    );
  return (
    <main>
      <h1>Follow-ups</h1>
      <input
        type="search"
        aria-label="Search people"
        placeholder="Search by name, company or tag"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {query.trim() ? <ContactSearch query={query} onOpenContact={setOpenId} /> : null}
      {!query.trim() && items ? (
        <FollowUpQueue items={items} now={now} timeZone={timeZone} onOpenContact={setOpenId} />
      ) : null}
      {!items ? (
        <p aria-busy="true" className="muted">
          Loading…
        </p>
      ) : null}
      {!query.trim() ? <RecentPeople /> : null}
    </main>
  );
}
