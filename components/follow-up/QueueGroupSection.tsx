import type { RowGroup } from '../../lib/engine/grouping';
import { FIRST_PAGE } from '../../lib/engine/shown-people';
import { FollowUpRows } from './FollowUpRows';

/**
 * One group of the queue as a labelled list of person rows, the first page at once and the rest behind a button
 * (enough to act on today; a long backlog, a new cadence over many people, renders on request). Whether it is
 * shown in full lives with the queue: the queue reads the names of the rows shown.
 */
export function QueueGroupSection({
  group,
  all,
  onShowAll,
  now,
  timeZone,
  onOpenContact,
}: {
  group: RowGroup;
  all: boolean;
  onShowAll: () => void;
  now: number;
  timeZone: string;
  onOpenContact: (id: string) => void;
}) {
  const shown = all ? group.rows : group.rows.slice(0, FIRST_PAGE);
  return (
    <section className="queue-group" aria-labelledby={`group-${group.id}`}>
      <h2 id={`group-${group.id}`} className={group.id}>
        {group.title} ({group.rows.length})
      </h2>
      <FollowUpRows
        label={group.title}
        rows={shown}
        now={now}
        timeZone={timeZone}
        onOpenContact={onOpenContact}
      />
      {shown.length < group.rows.length ? (
        <button type="button" onClick={onShowAll}>
          Show all {group.rows.length}
        </button>
      ) : null}
    </section>
  );
}
