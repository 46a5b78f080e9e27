import { useLiveQuery } from 'dexie-react-hooks';
import { isUnlinked, nameKey } from '../../lib/contacts/unlinked';
import { database } from '../../lib/db/page-database';
import type { Contact } from '../../lib/schema/contact';
import { ActionError } from '../shared/ActionError';
import { useProtocolAction } from '../shared/use-protocol-action';

function describe(record: Contact): string {
  const role = [record.title, record.company].filter(Boolean).join(' at ');
  const day = record.connectedAt ? `connected ${new Date(record.connectedAt).toLocaleDateString()}` : '';
  return [role, day].filter(Boolean).join(' · ');
}

/**
 * "Is this the Jane Doe from your export?" — asked when a connection from an export without profile addresses has
 * this person's name but the page did not settle it (two of that name, another company, not shown as a
 * connection). Records become one only on the user's answer; "someone else" is never asked again for this page.
 */
export function SamePersonQuestion({ contact }: { contact: Contact }) {
  const { send, error } = useProtocolAction();
  const candidates = useLiveQuery(async () => {
    const named = await database().contacts.where('name').equalsIgnoreCase(contact.name).toArray();
    return named.filter(
      (c) => isUnlinked(c) && nameKey(c.name) === nameKey(contact.name) && !contact.notSameAs?.includes(c.id),
    );
  }, [contact.name, contact.notSameAs]);
  if (!candidates?.length || isUnlinked(contact)) return null;
  const answer = async (unlinkedId: string, same: boolean) => {
    await send('contact/same-person', { contactId: contact.id, unlinkedId, same });
  };
  const several = candidates.length > 1;
  return (
    <section className="same-person card" aria-label="Same person?">
      <p>
        {several
          ? `Your LinkedIn export has ${candidates.length} connections named ${contact.name}, without profile addresses. Is one of them this person?`
          : `Your LinkedIn export has a connection named ${contact.name}, without a profile address. Is it this person?`}
      </p>
      <ul className="plain">
        {candidates.map((record) => (
          <li key={record.id} className="spread">
            <span>{describe(record) || 'no company or date in the export'}</span>
            <button type="button" className="same-person-answer" onClick={() => void answer(record.id, true)}>
              {several ? 'This one' : 'Same person'}
            </button>
            {several ? null : (
              <button
                type="button"
                className="quiet same-person-answer"
                onClick={() => void answer(record.id, false)}
              >
                Someone else
              </button>
            )}
          </li>
        ))}
      </ul>
      {several ? (
        <button
          type="button"
          className="quiet"
          onClick={() => void Promise.all(candidates.map((record) => answer(record.id, false)))}
        >
          None of them
        </button>
      ) : null}
      <ActionError error={error} />
    </section>
  );
}
