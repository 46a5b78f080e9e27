import { useState } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';
import type { FollowUpItem as Item } from '../../lib/engine/types';
import { FollowUpDraft } from './FollowUpDraft';
import { SnoozeControl } from './SnoozeControl';

interface Props {
  item: Item;
  onOpenContact: (contactId: string) => void;
}

/**
 * One follow-up: who, why, what to mention and the principle behind it, with done, snooze, draft and a link to
 * the profile. Rapport never sends anything: the draft is copied and the profile opened by the user.
 */
export function FollowUpItem({ item, onOpenContact }: Props) {
  const [drafting, setDrafting] = useState(false);
  const [error, setError] = useState('');
  const done = async () => {
    const reply = await sendToBackground('followup/done', {
      key: item.key,
      contactId: item.contactId,
      log: item.logAs,
      context: item.reason.slice(0, 300),
      keepsCommitment: item.keepsCommitment,
    });
    if (!reply.ok) setError(reply.error.message);
  };
  return (
    <li className="follow-up" aria-label={`${item.action}: ${item.contactName}`}>
      <button type="button" className="link" onClick={() => onOpenContact(item.contactId)}>
        {item.contactName}
      </button>
      <p className="follow-up-action">{item.action}</p>
      <p>{item.reason}</p>
      {item.specifics.length ? (
        <ul className="specifics" aria-label="To mention">
          {item.specifics.map((specific) => (
            <li key={specific.label}>
              <span className="muted">{specific.label}:</span> {specific.text}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted principle" title={item.principle.why}>
        {item.principle.section}: {item.principle.why}
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void done()}>
          Done
        </button>
        <button type="button" aria-expanded={drafting} onClick={() => setDrafting(!drafting)}>
          Draft a follow-up
        </button>
        <a href={item.profileUrl} target="_blank" rel="noreferrer">
          Open profile
        </a>
      </div>
      <SnoozeControl item={item} />
      {error ? <p className="error">{error}</p> : null}
      {drafting ? <FollowUpDraft item={item} /> : null}
    </li>
  );
}
