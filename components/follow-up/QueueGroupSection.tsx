import { useState } from 'react';
import type { QueueGroup } from '../../lib/engine/grouping';
import { FollowUpItem } from './FollowUpItem';

/** Enough to act on today; a long backlog (a new cadence over many people) renders on request, not up front. */
export const FIRST_PAGE = 20;

/** One group of the queue as a labelled list, the first page at once and the rest behind a button. */
export function QueueGroupSection({
  group,
  onOpenContact,
}: {
  group: QueueGroup;
  onOpenContact: (id: string) => void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? group.items : group.items.slice(0, FIRST_PAGE);
  return (
    <section aria-labelledby={`group-${group.id}`}>
      <h2 id={`group-${group.id}`}>
        {group.title} ({group.items.length})
      </h2>
      <ul className="plain" aria-label={group.title}>
        {shown.map((item) => (
          <FollowUpItem key={item.key} item={item} onOpenContact={onOpenContact} />
        ))}
      </ul>
      {shown.length < group.items.length ? (
        <button type="button" onClick={() => setAll(true)}>
          Show all {group.items.length}
        </button>
      ) : null}
    </section>
  );
}
