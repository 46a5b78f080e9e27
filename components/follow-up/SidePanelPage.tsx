import { useState } from 'react';
import { ContactSearch } from '../contact/ContactSearch';
import { ContactView } from '../contact/ContactView';
import { RecentPeople } from '../contact/RecentPeople';
import { EventBatches, eventBatches } from '../social/EventBatches';
import { NetworkLink } from '../social/NetworkLink';
import { FollowUpQueue } from './FollowUpQueue';
import { useQueue } from './use-queue';

/** The side panel: the follow-up queue, search by name, company or tag, recent people, and one person's full view. */
export function SidePanelPage() {
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const { queue, timeZone } = useQueue();
  if (openId) {
    return (
      <main>
        <ContactView contactId={openId} onBack={() => setOpenId(null)} />
      </main>
    );
  }
  const searching = query.trim() !== '';
  const batches = queue ? eventBatches(queue.items) : [];
  const single = queue ? queue.items.filter((item) => !item.batch) : [];
  return (
    <main>
      <h1>Follow-ups</h1>
      <NetworkLink />
      <input
        type="search"
        aria-label="Search people"
        placeholder="Search by name, company or tag"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {searching ? <ContactSearch query={query} onOpenContact={setOpenId} /> : null}
      {!searching && queue ? (
        <>
          <EventBatches batches={batches} timeZone={timeZone} onOpenContact={setOpenId} />
          {single.length || !batches.length ? (
            <FollowUpQueue items={single} now={queue.now} timeZone={timeZone} onOpenContact={setOpenId} />
          ) : null}
        </>
      ) : null}
      {queue ? null : (
        <p aria-busy="true" className="muted">
          Loading…
        </p>
      )}
      {searching ? null : <RecentPeople />}
    </main>
  );
}
