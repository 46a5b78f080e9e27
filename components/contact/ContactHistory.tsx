import { JOINED_FIELD } from '../../lib/contacts/join-records';
import type { Contact } from '../../lib/schema/contact';

const FIELD_LABEL: Record<string, string> = {
  name: 'Name',
  headline: 'Headline',
  title: 'Title',
  company: 'Company',
  location: 'Location',
};

/** What changed since Rapport first saw them: a new job or headline is a reason to get in touch. */
export function ContactHistory({ contact }: { contact: Contact }) {
  if (!contact.history.length) return null;
  const latestFirst = [...contact.history].reverse();
  return (
    <details className="contact-history">
      <summary>Changed since you first saw them ({contact.history.length})</summary>
      <ul className="plain" aria-label="Profile history">
        {latestFirst.map((change) =>
          change.field === JOINED_FIELD ? (
            <li key={`${change.field}:${change.changedAt}`}>
              Joined with your LinkedIn export’s record of {change.value} on{' '}
              {new Date(change.changedAt).toLocaleDateString()}
            </li>
          ) : (
            <li key={`${change.field}:${change.changedAt}`}>
              {FIELD_LABEL[change.field] ?? change.field} was “{change.value}” until{' '}
              {new Date(change.changedAt).toLocaleDateString()}
            </li>
          ),
        )}
      </ul>
    </details>
  );
}
