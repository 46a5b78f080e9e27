import { useState } from 'react';
import type { Contact } from '../../lib/schema/contact';
import { ProfileLink } from '../shared/ProfileLink';
import { Tabs } from '../shared/Tabs';
import { useContact } from '../shared/use-contact';
import { DraftBox } from '../tone/DraftBox';
import { AddPromise } from './AddPromise';
import { BeforeYouWrite } from './BeforeYouWrite';
import { CommitmentList } from './CommitmentList';
import { ContactSummary } from './ContactSummary';
import { DeleteContact } from './DeleteContact';
import { LedgerView } from './LedgerView';
import { NextStep } from './NextStep';
import { NotesAndTags } from './NotesAndTags';
import { NudgeList } from './NudgeList';
import { QuickLog } from './QuickLog';
import { Timeline } from './Timeline';
import { useRelationship } from './use-relationship';

/** The same order as the popup: next step, then log and draft, the balance, notes and the timeline in tabs. */
function Relationship({ contact, onDeleted }: { contact: Contact; onDeleted: () => void }) {
  const view = useRelationship(contact);
  const [tab, setTab] = useState('now');
  if (!view) return <p aria-busy="true" />;
  const logged = view.interactions.some((interaction) => interaction.kind !== 'visit');
  return (
    <>
      <NextStep nudge={view.nudges[0]} firstVisit={!logged} />
      <Tabs
        label="About this person"
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            id: 'now',
            label: 'Log & draft',
            panel: (
              <>
                <QuickLog contactId={contact.id} />
                <DraftBox contact={contact} saveAs={`contact:${contact.id}`} />
              </>
            ),
          },
          {
            id: 'balance',
            label: 'Give & take',
            panel: (
              <>
                <LedgerView ledger={view.ledger} />
                <NudgeList nudges={view.nudges.slice(1)} />
                <CommitmentList outstanding={view.outstanding} />
                <AddPromise contactId={contact.id} />
              </>
            ),
          },
          {
            id: 'notes',
            label: 'Notes',
            panel: (
              <>
                <NotesAndTags key={contact.id} contact={contact} />
                <DeleteContact contact={contact} onDeleted={onDeleted} />
              </>
            ),
          },
          { id: 'history', label: 'History', panel: <Timeline interactions={view.interactions} /> },
        ]}
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
