import { mergeCapture } from '../../contacts/merge-capture';
import { ownProfileFromSnapshot } from '../../contacts/own-profile-from';
import type { Handler } from '../../protocol/router';
import type { Interaction } from '../../schema/interaction';
import type { ProfileSnapshot } from '../../schema/profile-snapshot';
import { isoDay, userTimeZone } from '../../time/calendar';
import type { HandlerContext } from '../context';

/**
 * Stores the captured profile and at most one visit per contact per day (the id is per day, so it is idempotent).
 * The user's own page (told by its editing controls, or by the id they picked as theirs) refreshes their own
 * profile instead: they are not a contact of themselves.
 */
export function profileCaptured({
  db,
  now,
  timeZone = userTimeZone,
}: HandlerContext): Handler<'profile/captured'> {
  return async (snapshot) => {
    const at = now();
    return db.transaction('rw', [db.contacts, db.interactions, db.ownProfile], async () => {
      const own = await db.ownProfile.get('me');
      if (snapshot.isOwnProfile || own?.publicId === snapshot.publicId) {
        await db.ownProfile.put(ownProfileFromSnapshot(withKnownCareer(snapshot, own), at));
        return { contactId: snapshot.publicId, created: false, visitLogged: false };
      }
      const existing = await db.contacts.get(snapshot.publicId);
      await db.contacts.put(mergeCapture(existing, snapshot, at));
      const visitId = `visit:${snapshot.publicId}:${isoDay(at, timeZone())}`;
      const visitLogged = !(await db.interactions.get(visitId));
      if (visitLogged) {
        const visit: Interaction = {
          id: visitId,
          contactId: snapshot.publicId,
          at,
          kind: 'visit',
          actor: 'me',
          exchange: 'none',
          context: '',
          excerpt: '',
          source: 'auto',
        };
        await db.interactions.put(visit);
      }
      return { contactId: snapshot.publicId, created: !existing, visitLogged };
    });
  };
}

/** A visit before the sections loaded shows less career than one kept: the longer list stays. */
function withKnownCareer(
  snapshot: ProfileSnapshot,
  own: { experience: ProfileSnapshot['experience']; education: ProfileSnapshot['education'] } | undefined,
): ProfileSnapshot {
  if (!own) return snapshot;
  return {
    ...snapshot,
    experience: snapshot.experience.length >= own.experience.length ? snapshot.experience : own.experience,
    education: snapshot.education.length >= own.education.length ? snapshot.education : own.education,
  };
}
