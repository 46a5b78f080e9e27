import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { findProfileTabId } from '../../lib/browser/profile-tab';
import { database } from '../../lib/db/page-database';
import { EventMode } from '../social/EventMode';
import { IntroducersSection } from '../social/IntroducersSection';
import { DraftBox } from '../tone/DraftBox';
import { ContactEditor } from './ContactEditor';
import { ContactHistory } from './ContactHistory';
import { ContactSummary } from './ContactSummary';
import { RelationshipSection } from './RelationshipSection';

/** The toolbar popup: the person on the current profile tab, then one section per feature below them. */
export function PopupPage() {
  const [profileId, setProfileId] = useState<string | null | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    findProfileTabId().then(setProfileId, () => setProfileId(null));
  }, []);
  const contact = useLiveQuery(
    async () => (profileId ? ((await database().contacts.get(profileId)) ?? null) : null),
    [profileId],
  );

  if (profileId === undefined) return <main aria-busy="true" />;
  if (profileId === null) {
    return (
      <main>
        <h1>Rapport</h1>
        <p className="muted">Open someone's LinkedIn profile and Rapport will remember who they are.</p>
        <EventMode />
        <DraftBox />
      </main>
    );
  }
  if (!contact) {
    return (
      <main>
        <p className="muted">Reading this profile… If nothing appears, reload the LinkedIn tab.</p>
      </main>
    );
  }
  return (
    <main>
      {editing ? (
        <ContactEditor contact={contact} onClose={() => setEditing(false)} />
      ) : (
        <>
          <ContactSummary contact={contact} />
          <ContactHistory contact={contact} />
          <button type="button" onClick={() => setEditing(true)}>
            Correct details
          </button>
        </>
      )}
      {/* Feature sections, each in its own component file: event mode, introducers, relationship, draft box. */}
      <EventMode contact={contact} />
      <IntroducersSection contact={contact} />
      <RelationshipSection contact={contact} />
      <DraftBox contact={contact} />
    </main>
  );
}
