import { groupRows, type QueueGroupId } from '../../lib/engine/grouping';
import type { FollowUpItem } from '../../lib/engine/types';
import { QueueGroupSection } from './QueueGroupSection';

interface Props {
  items: readonly FollowUpItem[];
  /** The groups the user asked to see in full. */
  expanded: ReadonlySet<QueueGroupId>;
  onShowAll: (group: QueueGroupId) => void;
  now: number;
  timeZone: string;
  onOpenContact: (contactId: string) => void;
}

/** The queue in four groups — Overdue, Today, This week, Later — one row per person; empty groups are left out. */
export function FollowUpQueue({ items, expanded, onShowAll, now, timeZone, onOpenContact }: Props) {
  if (!items.length) {
    return (
      <div className="card">
        <p>
          <strong>Nothing to follow up.</strong>
        </p>
        <p>
          Import your LinkedIn data (in <a href="/options.html#import">Settings</a>) to bring in the people
          you know, or open someone's profile and log how you met: Rapport reminds you here a day or two
          later.
        </p>
      </div>
    );
  }
  return (
    <>
      {groupRows(items, now, timeZone).map((group) => (
        <QueueGroupSection
          key={group.id}
          group={group}
          all={expanded.has(group.id)}
          onShowAll={() => onShowAll(group.id)}
          now={now}
          timeZone={timeZone}
          onOpenContact={onOpenContact}
        />
      ))}
    </>
  );
}
