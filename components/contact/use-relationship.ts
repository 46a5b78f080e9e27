import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../../lib/db/page-database';
import { loadContactRelationship } from '../../lib/db/queries/contact-relationship';
import { type Outstanding, outstandingCommitments } from '../../lib/engine/commitments';
import { computeLedger, type Ledger } from '../../lib/engine/ledger';
import { computeNudges } from '../../lib/engine/nudges';
import type { Nudge } from '../../lib/engine/nudges/nudge';
import type { Contact } from '../../lib/schema/contact';
import type { Interaction } from '../../lib/schema/interaction';
import { userTimeZone } from '../../lib/time/calendar';
import { useMinuteTick } from '../shared/use-now';
import { useSettings } from '../shared/use-settings';

export interface RelationshipView {
  /** Latest first. */
  interactions: Interaction[];
  ledger: Ledger;
  outstanding: Outstanding;
  nudges: Nudge[];
}

/** One person's history, balance, open promises and nudges, live from the database. */
export function useRelationship(contact: Contact): RelationshipView | undefined {
  const settings = useSettings();
  const minute = useMinuteTick();
  // The clock is read with the data, not at mount: an interaction logged a second ago must not count as dated in
  // the future; the minute tick re-reads both while the view stays open.
  const data = useLiveQuery(
    async () => ({ ...(await loadContactRelationship(database(), contact.id)), now: Date.now() }),
    [contact.id, minute],
  );
  return useMemo(() => {
    if (!data) return undefined;
    const { interactions, commitments, followUps, now } = data;
    const timeZone = userTimeZone();
    return {
      interactions,
      ledger: computeLedger(interactions, { now }),
      outstanding: outstandingCommitments(commitments, now),
      nudges: computeNudges({ contact, interactions, commitments, followUps, settings, now, timeZone }),
    };
  }, [data, contact, settings]);
}
