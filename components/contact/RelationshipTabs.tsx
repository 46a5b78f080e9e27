import { type ReactNode, useState } from 'react';
import type { Contact } from '../../lib/schema/contact';
import { Tabs } from '../shared/Tabs';
import { DraftBox } from '../tone/DraftBox';
import { AddPromise } from './AddPromise';
import { CommitmentList } from './CommitmentList';
import { LedgerView } from './LedgerView';
import { NotesAndTags } from './NotesAndTags';
import { NudgeList } from './NudgeList';
import { QuickLog } from './QuickLog';
import { Timeline } from './Timeline';
import type { RelationshipView } from './use-relationship';

interface Props {
  contact: Contact;
  /** Undefined while it is read: the first tab needs none of it, so it shows at once. */
  view: RelationshipView | undefined;
  /** Below the notes (the side panel's Delete). */
  afterNotes?: ReactNode;
  /** Below the timeline (the popup's changes to the profile). */
  afterTimeline?: ReactNode;
}

/**
 * One person's tabs, the same in the popup and the side panel: the common path first — log what happened and write
 * to them — then the balance and promises, notes, and the timeline.
 */
export function RelationshipTabs({ contact, view, afterNotes, afterTimeline }: Props) {
  const [tab, setTab] = useState('now');
  return (
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
          panel: view ? (
            <>
              <LedgerView ledger={view.ledger} />
              <NudgeList nudges={view.nudges.slice(1)} />
              <CommitmentList outstanding={view.outstanding} />
              <AddPromise contactId={contact.id} />
            </>
          ) : null,
        },
        {
          id: 'notes',
          label: 'Notes',
          panel: (
            <>
              <NotesAndTags key={contact.id} contact={contact} />
              {afterNotes}
            </>
          ),
        },
        {
          id: 'history',
          label: 'History',
          panel: (
            <>
              {view ? <Timeline interactions={view.interactions} /> : null}
              {afterTimeline}
            </>
          ),
        },
      ]}
    />
  );
}
