import type { Contact } from '../../lib/schema/contact';
import { ProfileLink } from '../shared/ProfileLink';
import { useContact } from '../shared/use-contact';
import { BeforeYouWrite } from './BeforeYouWrite';
import { ContactSummary } from './ContactSummary';
import { DeleteContact } from './DeleteContact';
import { NextStep } from './NextStep';
import { RelationshipTabs } from './RelationshipTabs';
import { useRelationship } from './use-relationship';

/** The same order as the popup: next step, then log and draft, the balance, notes and the timeline in tabs. */
function Relationship({ contact, onDeleted }: { contact: Contact; onDeleted: () => void }) {
  const view = useRelationship(contact);
  if (!view) return <p aria-busy="true" />;
  const logged = view.interactions.some((interaction) => interaction.kind !== 'visit');
  return (
    <>
      <NextStep nudge={view.nudges[0]} firstVisit={!logged} />
      <RelationshipTabs
        contact={contact}
        view={view}
        afterNotes={<DeleteContact contact={contact} onDeleted={onDeleted} />}
      />
    </>
  );
}

/** The side panel's view of one person: who they are, next step, logging, balance, promises, notes, timeline. */
export function ContactView({ contactId, onBack }: { contactId: string; onBack: () => void }) {
  const contact = useContact(contactId);
  return (
    <article aria-label="Contact details">
      <button type="button" className="quiet" onClick={onBack}>
        Back to follow-ups
      </button>
      {contact === null ? <p className="muted">This person was deleted.</p> : null}
      {contact ? (
        <>
          <ContactSummary
            contact={contact}
            actions={<ProfileLink profileUrl={contact.profileUrl} name={contact.name} className="small" />}
          />
          <BeforeYouWrite contact={contact} defaultOpen />
          <Relationship contact={contact} onDeleted={onBack} />
        </>
      ) : null}
    </article>
  );
}
