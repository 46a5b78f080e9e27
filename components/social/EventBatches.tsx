import type { EventBatch } from '../../lib/engine/event-batches';
import { formatDay } from '../../lib/time/calendar';
import { FollowUpRows } from '../follow-up/FollowUpRows';

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
          <FollowUpRows
            label={`Follow-ups after ${batch.name}`}
            rows={batch.rows}
            now={now}
            timeZone={timeZone}
            onOpenContact={onOpenContact}
          />
        </section>
      ))}
    </>
  );
}
