import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../lib/db/page-database';
import type { Contact } from '../../lib/schema/contact';
import { AddPromise } from './AddPromise';
import { CommitmentList } from './CommitmentList';
import { ContactSummary } from './ContactSummary';
import { DeleteContact } from './DeleteContact';
import { LedgerView } from './LedgerView';
import { NotesAndTags } from './NotesAndTags';
import { NudgeList } from './NudgeList';
import { QuickLog } from './QuickLog';
import { Timeline } from './Timeline';
import { useRelationship } from './use-relationship';

function Relationship({ contact }: { contact: Contact }) {
  const view = useRelationship(contact);
  if (!view) return <p aria-busy="true" />;
  return (
    <>
      <NudgeList nudges={view.nudges} />
      <QuickLog contactId={contact.id} />
      <LedgerView ledger={view.ledger} />
      <CommitmentList outstanding={view.outstanding} />
      <AddPromise contactId={contact.id} />
      <NotesAndTags key={contact.id} contact={contact} />
      <Timeline interactions={view.interactions} />
    </>
  );
}

/** The side panel's view of one person: who they are, next steps, logging, balance, promises, notes, timeline. */
export function ContactView({ contactId, onBack }: { contactId: string; onBack: () => void }) {
  const contact = useLiveQuery(async () => (await database().contacts.get(contactId)) ?? null, [contactId]);
  return (
    <article aria-label="Contact details">
      <button type="button" onClick={onBack}>
        ← Back to follow-ups
      </button>
      {contact === null ? <p className="muted">This person was deleted.</p> : null}
      {contact ? (
        <>
          <ContactSummary contact={contact} />
          <a href={contact.profileUrl} target="_blank" rel="noreferrer">
            Open profile
          </a>
          <Relationship contact={contact} />
          <DeleteContact contact={contact} onDeleted={onBack} />
        </>
      ) : null}
    </article>
  );
}
