import { groupQueue } from '../../lib/engine/grouping';
import type { FollowUpItem } from '../../lib/engine/types';
import { QueueGroupSection } from './QueueGroupSection';

interface Props {
  items: readonly FollowUpItem[];
  now: number;
  timeZone: string;
  onOpenContact: (contactId: string) => void;
}

/** The queue in four groups — Overdue, Today, This week, Later — each a labelled list; empty groups are left out. */
export function FollowUpQueue({ items, now, timeZone, onOpenContact }: Props) {
  if (!items.length) {
    return (
      <p className="muted">
        Nothing to follow up. Log a meeting from a profile's popup and it will show here.
      </p>
    );
  }
  return (
    <>
      {groupQueue(items, now, timeZone)
        .filter((group) => group.items.length)
        .map((group) => (
          <QueueGroupSection key={group.id} group={group} onOpenContact={onOpenContact} />
        ))}
    </>
  );
}
