import { useState } from 'react';
import type { RowGroup } from '../../lib/engine/grouping';
import { FollowUpRow } from './FollowUpRow';

/** Enough to act on today; a long backlog (a new cadence over many people) renders on request, not up front. */
export const FIRST_PAGE = 20;

/** One group of the queue as a labelled list of person rows, the first page at once and the rest behind a button. */
export function QueueGroupSection({
  group,
  now,
  timeZone,
  onOpenContact,
}: {
  group: RowGroup;
  now: number;
  timeZone: string;
  onOpenContact: (id: string) => void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? group.rows : group.rows.slice(0, FIRST_PAGE);
  return (
    <section className="queue-group" aria-labelledby={`group-${group.id}`}>
      <h2 id={`group-${group.id}`} className={group.id}>
        {group.title} ({group.rows.length})
      </h2>
      <ul className="plain queue-rows" aria-label={group.title}>
        {shown.map((row) => (
          <FollowUpRow
            key={row.contactId}
            row={row}
            now={now}
            timeZone={timeZone}
            onOpenContact={onOpenContact}
          />
        ))}
      </ul>
      {shown.length < group.rows.length ? (
        <button type="button" onClick={() => setAll(true)}>
          Show all {group.rows.length}
        </button>
      ) : null}
    </section>
  );
}
