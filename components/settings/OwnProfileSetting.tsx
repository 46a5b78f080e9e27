import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { database } from '../../lib/db/page-database';
import { searchContacts } from '../../lib/db/queries/search-contacts';
import { ActionOutcome } from '../shared/ActionOutcome';
import { useOwnProfile } from '../shared/use-contact';
import { useProtocolAction } from '../shared/use-protocol-action';

/**
 * Your own profile: what shared ground in "Before you write" is measured against. Captured when you open your own
 * LinkedIn profile; or picked here among the people Rapport knows (for those who never open their own page).
 */
export function OwnProfileSetting() {
  const own = useOwnProfile();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const { send, error } = useProtocolAction();
  const results = useLiveQuery(
    async () => (query.trim() ? (await searchContacts(database(), query)).slice(0, 5) : []),
    [query],
  );
  const pick = async (contactId: string) => {
    const reply = await send('own-profile/pick', { contactId });
    setStatus(reply.ok ? 'Saved as your profile.' : '');
    if (reply.ok) setQuery('');
  };
  const clear = async () => {
    const reply = await send('own-profile/clear', {});
    setStatus(reply.ok ? 'Forgotten.' : '');
  };
  const schools = own?.education.map((e) => e.school).join(', ');
  return (
    <section aria-labelledby="own-profile-heading">
      <h2 id="own-profile-heading">Your profile</h2>
      <p>
        Rapport compares your employers, schools and city with each person's to find shared ground. Open your
        own LinkedIn profile once and it is read from there; or pick yourself below.
      </p>
      {own ? (
        <div className="row">
          <p>
            <strong>{own.name}</strong>
            {own.title || own.company ? ` · ${[own.title, own.company].filter(Boolean).join(' at ')}` : ''}
            {schools ? ` · ${schools}` : ''}{' '}
            <span className="muted">
              ({own.source === 'capture' ? 'read from your profile page' : 'picked here'})
            </span>
          </p>
          <button type="button" onClick={() => void clear()}>
            Forget
          </button>
        </div>
      ) : (
        <p className="muted">Not set yet.</p>
      )}
      <label>
        <span>Pick yourself among your contacts</span>
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      {results?.length ? (
        <ul className="plain" aria-label="People to pick">
          {results.map((contact) => (
            <li key={contact.id}>
              <button type="button" className="link" onClick={() => void pick(contact.id)}>
                This is me: {contact.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ActionOutcome status={status} error={error} />
    </section>
  );
}
