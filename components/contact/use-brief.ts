import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../../lib/db/page-database';
import { loadContactRelationship } from '../../lib/db/queries/contact-relationship';
import { type Brief, computeBrief } from '../../lib/engine/brief/brief';
import type { Contact } from '../../lib/schema/contact';
import { userTimeZone } from '../../lib/time/calendar';
import { useMinuteTick } from '../shared/use-now';

/** The "Before you write" brief of one person, live from the database (their history and the user's own profile). */
export function useBrief(contact: Contact): Brief | undefined {
  const minute = useMinuteTick();
  const data = useLiveQuery(async () => {
    const db = database();
    const [relationship, own] = await Promise.all([
      loadContactRelationship(db, contact.id),
      db.ownProfile.get('me'),
    ]);
    return { ...relationship, own: own ?? null, now: Date.now() };
  }, [contact.id, minute]);
  return useMemo(() => {
    if (!data) return undefined;
    const { interactions, commitments, own, now } = data;
    return computeBrief({ contact, own, interactions, commitments, now, timeZone: userTimeZone() });
  }, [data, contact]);
}
