import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { database } from '../../lib/db/page-database';
import { specificsOf } from '../../lib/db/queries/item-specifics';
import { dueLabel, isOverdue, type PersonRow } from '../../lib/engine/grouping';
import type { FollowUpItem } from '../../lib/engine/types';
import { ProfileLink } from '../shared/ProfileLink';
import { showToast } from '../shared/toast';
import { sendOrThrow, sendOrToast } from '../shared/use-protocol-action';
import { FollowUpReason } from './FollowUpReason';
import { SnoozeControl } from './SnoozeControl';

interface Props {
  row: PersonRow;
  now: number;
  timeZone: string;
  onOpenContact: (contactId: string) => void;
}

/** Marks every item done, stopping at the first refusal (said in the toast); true when all were. */
async function markDone(items: readonly FollowUpItem[]): Promise<boolean> {
  for (const item of items) {
    const reply = await sendOrToast('followup/done', {
      key: item.key,
      contactId: item.contactId,
      log: item.logAs,
      context: item.reason.slice(0, 300),
      keepsCommitment: item.keepsCommitment,
    });
    if (!reply.ok) return false;
  }
  return true;
}

/**
 * One person in the queue, in one compact line pair: name and when, what to do. Done, snooze and details appear on
 * hover or keyboard focus; details hold each reason, what to mention, the principle and a draft. Done covers every
 * reason in the row (one message answers them all) and can be undone from the toast.
 */
export function FollowUpRow({ row, now, timeZone, onOpenContact }: Props) {
  const [open, setOpen] = useState(false);
  // What to mention, read once the row is opened (the queue reads no history for it) and kept current while open.
  // The details wait for it: their draft starts from it, and nothing should appear in them a moment after they do.
  const specifics = useLiveQuery(
    () => (open ? specificsOf(database(), row.contactId, Date.now()) : undefined),
    [open, row.contactId],
  );
  const [first] = row.items as [FollowUpItem, ...FollowUpItem[]];
  const more = row.items.length - 1;
  const late = isOverdue(first, now, timeZone);
  const done = async () => {
    if (!(await markDone(row.items))) return;
    showToast({
      text: `Done: ${row.contactName}`,
      undo: async () => {
        for (const item of row.items) await sendOrThrow('followup/undo', { key: item.key });
      },
    });
  };
  const detailId = `detail-${row.contactId}`;
  return (
    <li
      className={`queue-row follow-up${open ? ' open' : ''}`}
      aria-label={`${first.action}: ${row.contactName}`}
    >
      <span className="who">
        <button type="button" className="link" onClick={() => onOpenContact(row.contactId)}>
          {row.contactName}
        </button>
      </span>
      <span className={`when${late ? ' overdue' : ''}`}>{dueLabel(first, now, timeZone)}</span>
      <span className="what" title={first.reason}>
        {first.action}
        {more ? ` · and ${more} more` : ''}
      </span>
      <span className="actions">
        <button type="button" className="primary" onClick={() => void done()}>
          Done
        </button>
        <button type="button" aria-expanded={open} aria-controls={detailId} onClick={() => setOpen(!open)}>
          {open ? 'Less' : 'Details'}
        </button>
      </span>
      {open && specifics ? (
        <div className="detail" id={detailId}>
          {row.items.map((item) => (
            <FollowUpReason key={item.key} item={{ ...item, specifics }} />
          ))}
          <div className="row">
            <ProfileLink profileUrl={row.profileUrl} name={row.contactName} />
          </div>
          <SnoozeControl items={row.items} name={row.contactName} />
        </div>
      ) : null}
    </li>
  );
}
