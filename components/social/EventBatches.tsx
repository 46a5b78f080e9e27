import type { EventBatch } from '../../lib/engine/event-batches';
import { formatDay } from '../../lib/time/calendar';
import { FollowUpRow } from '../follow-up/FollowUpRow';

/** After an event: everyone met there as one list, due together, above the rest of the queue. */
export function EventBatches({
  batches,
  now,
  timeZone,
  onOpenContact,
}: {
  batches: EventBatch[];
  now: number;
  timeZone: string;
  onOpenContact: (contactId: string) => void;
}) {
  return (
    <>
      {batches.map((batch) => (
        <section key={batch.id} aria-labelledby={`batch-${batch.id}`} className="event-batch">
          <h2 id={`batch-${batch.id}`}>
            After {batch.name} ({batch.rows.length})
          </h2>
          <p className="muted">
            Follow up by {formatDay(batch.dueAt, timeZone)}; promises first, the oldest promise at the top,
            then in the order you met them.
          </p>
          <ul className="plain queue-rows" aria-label={`Follow-ups after ${batch.name}`}>
            {batch.rows.map((row) => (
              <FollowUpRow
                key={row.contactId}
                row={row}
                now={now}
                timeZone={timeZone}
                onOpenContact={onOpenContact}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
