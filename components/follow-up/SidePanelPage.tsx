import { useLayoutEffect, useState } from 'react';
import type { QueueGroupId } from '../../lib/engine/grouping';
import { ContactSearch } from '../contact/ContactSearch';
import { ContactView } from '../contact/ContactView';
import { RecentPeople } from '../contact/RecentPeople';
import { ToastHost } from '../shared/toast';
import { UnsavedNotice } from '../shared/UnsavedNotice';
import { EventBatches } from '../social/EventBatches';
import { FollowUpQueue } from './FollowUpQueue';
import { focusSearchAgain, typedBeforeReact } from './first-paint';
import { PanelHeader } from './PanelHeader';
import { layoutOf } from './queue-query';
import { useQueue } from './use-queue';

/** The side panel: the follow-up queue, search, recent people, and one person's full view. */
export function SidePanelPage() {
  // A search typed in the box painted before React (./first-paint.ts), which this page's first render replaces.
  const [typed] = useState(typedBeforeReact);
  const [query, setQuery] = useState(typed.query);
  // Once, on mounting (`typed` never changes), in the commit's own task: mountSidePanel renders and commits in one
  // task, so nothing typed or focused can fall between this render reading the painted box and the box being replaced,
  // and nothing typed after it lands before the focus has moved to React's box.
  useLayoutEffect(() => {
    if (typed.focused) focusSearchAgain();
  }, [typed]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<QueueGroupId>>(new Set());
  const { queue, timeZone } = useQueue({ expanded });
  const searching = query.trim() !== '';
  // A person appears once: someone met at an event has all their reasons in that event's batch. Laid out when the
  // queue was computed, not on every render (a keystroke in the search box renders the page).
  const { batches, groups } = queue ? layoutOf(queue, timeZone) : { batches: [], groups: [] };
  return (
    <main>
      <UnsavedNotice />
      {openId ? (
        <ContactView contactId={openId} onBack={() => setOpenId(null)} />
      ) : (
        <>
          <PanelHeader query={query} onQuery={setQuery} />
          {searching ? <ContactSearch query={query} onOpenContact={setOpenId} /> : null}
          {!searching && queue ? (
            <>
              <EventBatches batches={batches} now={queue.now} timeZone={timeZone} onOpenContact={setOpenId} />
              {groups.length || !batches.length ? (
                <FollowUpQueue
                  groups={groups}
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
