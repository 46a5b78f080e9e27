import { useState } from 'react';
import { toMention } from '../../lib/engine/draft';
import type { FollowUpItem as Item } from '../../lib/engine/types';
import { WhyLink } from '../shared/WhyLink';
import { FollowUpDraft } from './FollowUpDraft';

/**
 * One reason a person is in the queue, opened from its row: why, what to mention, the principle behind it (linked
 * to the "Why?" page) and a draft to copy. Rapport never sends anything: the user copies it into LinkedIn.
 */
export function FollowUpReason({ item }: { item: Item }) {
  const [drafting, setDrafting] = useState(false);
  const mention = toMention(item);
  return (
    <div className="reason">
      <p className="follow-up-action">{item.action}</p>
      <p>{item.reason}</p>
      {mention.length ? (
        <ul className="specifics" aria-label="To mention">
          {mention.map((specific) => (
            <li key={specific.label}>
              <span className="muted">{specific.label}:</span> {specific.text}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted principle">
        {item.principle.why}{' '}
        <WhyLink section={item.principle.section}>{`Why? (${item.principle.section})`}</WhyLink>
      </p>
      <button type="button" aria-expanded={drafting} onClick={() => setDrafting(!drafting)}>
        Draft a follow-up
      </button>
      {drafting ? <FollowUpDraft item={item} /> : null}
    </div>
  );
}
