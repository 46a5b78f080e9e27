import { type ReactNode, useEffect, useState } from 'react';
import { findProfileTab, type ProfileTab } from '../../lib/browser/profile-tab';
import type { Contact } from '../../lib/schema/contact';
import { FollowUpsButton } from '../follow-up/FollowUpsButton';
import { ToastHost } from '../shared/toast';
import { UnsavedNotice } from '../shared/UnsavedNotice';
import { useContact, useOwnProfile } from '../shared/use-contact';
import { EventMode } from '../social/EventMode';
import { IntroducersSection } from '../social/IntroducersSection';
import { StartEvent } from '../social/StartEvent';
import { canStartEvent, usePickedEvent } from '../social/use-picked-event';
import { DraftBox } from '../tone/DraftBox';
import { BeforeYouWrite } from './BeforeYouWrite';
import { ContactEditor } from './ContactEditor';
import { ContactHistory } from './ContactHistory';
import { ContactSummary } from './ContactSummary';
import { NextStep } from './NextStep';
import { ProfileReading } from './ProfileReading';
import { RelationshipTabs } from './RelationshipTabs';
import { SamePersonQuestion } from './SamePersonQuestion';
import { useRelationship } from './use-relationship';

/**
 * Rapport's name, the way to the follow-up queue, "I'm at an event" (when none is on) and settings: the same bar
 * on every popup state.
 */
function AppBar({ onStartEvent }: { onStartEvent: (() => void) | null }) {
  return (
    <header className="app-bar">
      <span className="brand">Rapport</span>
      <FollowUpsButton />
      {onStartEvent ? (
        <button type="button" className="quiet small" onClick={onStartEvent}>
          I'm at an event
        </button>
      ) : null}
      <a href="/options.html" target="_blank" rel="noreferrer" className="small">
        Settings
      </a>
    </header>
  );
}

/**
 * One person: who they are, one line of what you share (the whole brief and who can introduce you open from it),
 * the one next step, then tabs. The first tab is the common path — log what happened and write to them — and the
 * whole first view fits the popup's 600 px; the balance, promises, notes and history are one click away.
 */
function PersonView({ contact }: { contact: Contact }) {
  const view = useRelationship(contact);
  const [editing, setEditing] = useState(false);
  if (editing) return <ContactEditor contact={contact} onClose={() => setEditing(false)} />;
  const logged = view?.interactions.some((interaction) => interaction.kind !== 'visit') ?? true;
  return (
    <>
      <ContactSummary
        contact={contact}
        actions={
          <button type="button" className="quiet small" onClick={() => setEditing(true)}>
            Correct details
          </button>
        }
      />
      <SamePersonQuestion contact={contact} />
      <BeforeYouWrite contact={contact}>
        <IntroducersSection contact={contact} />
      </BeforeYouWrite>
      {view ? <NextStep nudge={view.nudges[0]} firstVisit={!logged} /> : null}
      <RelationshipTabs contact={contact} view={view} afterTimeline={<ContactHistory contact={contact} />} />
    </>
  );
}

/** The toolbar popup: the person on the current profile tab, or what to do when there is none. */
export function PopupPage() {
  const [tab, setTab] = useState<ProfileTab | null>(null);
  useEffect(() => {
    findProfileTab().then(setTab, () => setTab({ profileId: null, tabId: null, loading: false }));
  }, []);
  const profileId = tab?.profileId ?? null;
  const contact = useContact(profileId);
  const own = useOwnProfile();
  const picked = usePickedEvent();
  const [startingEvent, setStartingEvent] = useState(false);

  let body: ReactNode;
  if (!tab || (profileId && contact === undefined)) body = <p aria-busy="true" />;
  else if (!profileId) {
    body = (
      <>
        <p className="card">
          Open someone's LinkedIn profile and Rapport shows who they are, what you share and what to do next.
          Your follow-ups are one click away, above.
        </p>
        <DraftBox saveAs="anyone" />
      </>
    );
  } else if (!contact && own && own.publicId === profileId) {
    body = (
      <p className="card">
        This is your own profile, {own.name}. Rapport keeps your employers, schools and city from it to find
        shared ground with the people you visit; nothing leaves your browser.
      </p>
    );
  } else if (!contact) body = <ProfileReading tab={tab} />;
  else body = <PersonView contact={contact} />;
  return (
    <main>
      <AppBar onStartEvent={canStartEvent(picked) && !startingEvent ? () => setStartingEvent(true) : null} />
      <UnsavedNotice />
      {startingEvent ? <StartEvent onClose={() => setStartingEvent(false)} /> : null}
      <EventMode picked={picked} contact={contact} />
      {body}
      <ToastHost />
    </main>
  );
}
