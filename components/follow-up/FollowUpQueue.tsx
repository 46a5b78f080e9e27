import type { QueueGroupId, RowGroup } from '../../lib/engine/grouping';
import { QueueGroupSection } from './QueueGroupSection';

interface Props {
  /** The queue's groups (lib/engine/queue-layout.ts), its event batches left out. */
  groups: readonly RowGroup[];
  /** The groups the user asked to see in full. */
  expanded: ReadonlySet<QueueGroupId>;
  onShowAll: (group: QueueGroupId) => void;
  now: number;
  timeZone: string;
  onOpenContact: (contactId: string) => void;
}

/** The queue in four groups — Overdue, Today, This week, Later — one row per person; empty groups are left out. */
export function FollowUpQueue({ groups, expanded, onShowAll, now, timeZone, onOpenContact }: Props) {
  if (!groups.length) {
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
      {groups.map((group) => (
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
