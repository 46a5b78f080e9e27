import { groupQueue } from '../lib/engine/grouping';
import type { FollowUpItem as Item } from '../lib/engine/types';
import { FollowUpItem } from './FollowUpItem';

interface Props {
  items: readonly Item[];
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
          <section key={group.id} aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`}>
              {group.title} ({group.items.length})
            </h2>
            <ul className="plain" aria-label={group.title}>
              {group.items.map((item) => (
                <FollowUpItem key={item.key} item={item} onOpenContact={onOpenContact} />
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
