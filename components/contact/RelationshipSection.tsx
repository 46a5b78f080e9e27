import type { Contact } from '../../lib/schema/contact';
import { AddPromise } from './AddPromise';
import { CommitmentList } from './CommitmentList';
import { LedgerView } from './LedgerView';
import { NudgeList } from './NudgeList';
import { QuickLog } from './QuickLog';
import { useRelationship } from './use-relationship';

/** The popup's relationship section: nudges first, then the balance, open promises and one-tap logging. */
export function RelationshipSection({ contact }: { contact: Contact }) {
  const view = useRelationship(contact);
  if (!view) return <section aria-busy="true" aria-label="Relationship" />;
  return (
    <section aria-label="Relationship">
      <NudgeList nudges={view.nudges} />
      <LedgerView ledger={view.ledger} />
      <CommitmentList outstanding={view.outstanding} />
      <AddPromise contactId={contact.id} />
      <QuickLog contactId={contact.id} />
    </section>
  );
}
