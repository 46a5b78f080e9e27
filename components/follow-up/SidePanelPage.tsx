import { useState } from 'react';
import { splitEventBatches } from '../../lib/engine/event-batches';
import type { QueueGroupId } from '../../lib/engine/grouping';
import { ContactSearch } from '../contact/ContactSearch';
import { ContactView } from '../contact/ContactView';
import { RecentPeople } from '../contact/RecentPeople';
import { ToastHost } from '../shared/toast';
import { UnsavedNotice } from '../shared/UnsavedNotice';
import { EventBatches } from '../social/EventBatches';
import { NetworkLink } from '../social/NetworkLink';
import { FollowUpQueue } from './FollowUpQueue';
import { useQueue } from './use-queue';

/** The side panel: the follow-up queue, search, recent people, and one person's full view. */
export function SidePanelPage() {
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<QueueGroupId>>(new Set());
  const { queue, timeZone } = useQueue({ expanded });
  const searching = query.trim() !== '';
  // A person appears once: someone met at an event has all their reasons in that event's batch.
  const { batches, rest: single } = splitEventBatches(queue?.items ?? []);
  return (
    <main>
      <UnsavedNotice />
      {openId ? (
        <ContactView contactId={openId} onBack={() => setOpenId(null)} />
      ) : (
        <>
          <div className="spread">
            <h1>Follow-ups</h1>
            <div className="row">
              <NetworkLink />
              <a href="/options.html" target="_blank" rel="noreferrer" className="small">
                Settings
              </a>
            </div>
          </div>
          <input
            type="search"
            aria-label="Search people"
            placeholder="Search name, company, tag, headline or place"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {searching ? <ContactSearch query={query} onOpenContact={setOpenId} /> : null}
          {!searching && queue ? (
            <>
              <EventBatches batches={batches} now={queue.now} timeZone={timeZone} onOpenContact={setOpenId} />
              {single.length || !batches.length ? (
                <FollowUpQueue
                  items={single}
                  expanded={queue.expanded}
                  onShowAll={(group) => setExpanded((groups) => new Set([...groups, group]))}
                  now={queue.now}
                  timeZone={timeZone}
                  onOpenContact={setOpenId}
                />
              ) : null}
            </>
          ) : null}
          {queue ? null : (
            <p aria-busy="true" className="muted">
              Loading…
            </p>
          )}
          {searching ? null : <RecentPeople onOpenContact={setOpenId} />}
        </>
      )}
      <ToastHost />
    </main>
  );
}
