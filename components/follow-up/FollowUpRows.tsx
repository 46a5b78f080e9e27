import type { PersonRow } from '../../lib/engine/grouping';
import { FollowUpRow } from './FollowUpRow';

interface Props {
  /** What the list is, for a screen reader ("Overdue", "Follow-ups after Harbour Summit"). */
  label: string;
  rows: readonly PersonRow[];
  now: number;
  timeZone: string;
  onOpenContact: (contactId: string) => void;
}

/** People to follow up as one labelled list, a row each: a queue group's, or an event's batch. */
export function FollowUpRows({ label, rows, now, timeZone, onOpenContact }: Props) {
  return (
    <ul className="plain queue-rows" aria-label={label}>
      {rows.map((row) => (
        <FollowUpRow
          key={row.contactId}
          row={row}
          now={now}
          timeZone={timeZone}
          onOpenContact={onOpenContact}
        />
      ))}
    </ul>
  );
}
