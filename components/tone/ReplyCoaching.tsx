import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { coachFromHeard } from '../../lib/coach/from-heard';
import { database } from '../../lib/db/page-database';
import { theirMessagesSince } from '../../lib/db/queries/their-messages-since';
import type { Contact } from '../../lib/schema/contact';
import { WhyLink } from '../shared/WhyLink';

/**
 * "Your reply to them" under the popup's draft: the inline panel's reply coaching (their questions, their ask,
 * their tone, listening), from their messages Rapport read in the conversation since the user last wrote.
 */
export function ReplyCoaching({ contact, draft }: { contact: Contact | null | undefined; draft: string }) {
  const heard = useLiveQuery(
    async () => (contact ? theirMessagesSince(database(), contact.id, Date.now()) : []),
    [contact?.id],
  );
  const coaching = useMemo(() => (heard?.length ? coachFromHeard(draft, heard) : null), [draft, heard]);
  if (!coaching?.points.length) return null;
  return (
    <ul className="plain coaching-list" aria-label="Your reply to them">
      {coaching.points.map((point) => (
        <li key={`${point.id}:${point.message}`} data-severity={point.severity}>
          <strong>{point.message}</strong>
          <p className="muted">
            {point.why} <WhyLink section={point.section} />
          </p>
        </li>
      ))}
    </ul>
  );
}
