import type { FollowUpItem as Item } from '../../lib/engine/types';
import { formatDay } from '../../lib/time/calendar';
import { FollowUpRow } from '../follow-up/FollowUpRow';

interface Batch {
  id: string;
  name: string;
  items: Item[];
}

/** The queue's event items, one batch per event, in the rule's order (oldest promise first). */
export function eventBatches(items: readonly Item[]): Batch[] {
  const batches = new Map<string, Batch>();
  for (const item of items) {
    if (!item.batch) continue;
    const batch = batches.get(item.batch.id) ?? { id: item.batch.id, name: item.batch.name, items: [] };
    batch.items.push(item);
    batches.set(item.batch.id, batch);
  }
  for (const batch of batches.values()) batch.items.sort((a, b) => a.batch!.order - b.batch!.order);
  return [...batches.values()];
}

/** After an event: everyone met there as one list, due together, above the rest of the queue. */
export function EventBatches({
  batches,
  now,
  timeZone,
  onOpenContact,
}: {
  batches: Batch[];
  now: number;
  timeZone: string;
  onOpenContact: (contactId: string) => void;
}) {
  return (
    <>
      {batches.map((batch) => (
        <section key={batch.id} aria-labelledby={`batch-${batch.id}`} className="event-batch">
          <h2 id={`batch-${batch.id}`}>
            After {batch.name} ({batch.items.length})
          </h2>
          <p className="muted">
            Follow up by {formatDay(batch.items[0]!.dueAt, timeZone)}; promises first, the oldest at the top.
          </p>
          <ul className="plain queue-rows" aria-label={`Follow-ups after ${batch.name}`}>
            {batch.items.map((item) => (
              <FollowUpRow
                key={item.key}
                row={{
                  contactId: item.contactId,
                  contactName: item.contactName,
                  profileUrl: item.profileUrl,
                  items: [item],
                }}
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
