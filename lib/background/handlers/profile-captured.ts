import { mergeCapture } from '../../contacts/merge-capture';
import { newInteraction } from '../../contacts/new-interaction';
import { ownProfileFromSnapshot } from '../../contacts/own-profile-from';
import { matchUnlinked } from '../../contacts/unlinked';
import { profileIdFromUrl } from '../../linkedin/url';
import { HandledError, type Handler } from '../../protocol/router';
import type { ProfileSnapshot } from '../../schema/profile-snapshot';
import { settingsOwner } from '../../settings/owner';
import { isoDay, userTimeZone } from '../../time/calendar';
import type { HandlerContext } from '../context';
import { JOIN_TABLES, joinUnlinked, unlinkedNamed } from '../join-unlinked';

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
  return async (snapshot, sender) => {
    // The switch is read from the background's own copy: a content script that reads storage can be lied to.
    if (!(await settingsOwner(db).current()).captureProfiles)
      throw new HandledError('forbidden', 'Profile capture is switched off');
    const at = now();
    // Only the tab's own address may join records: a script that claims another page's id reaches nothing.
    const pageIsTab = profileIdFromUrl(sender.tab?.url ?? '') === snapshot.publicId;
    return db.transaction('rw', [...JOIN_TABLES, 'ownProfile'], async () => {
      const own = await db.ownProfile.get('me');
      if (snapshot.isOwnProfile || own?.publicId === snapshot.publicId) {
        await db.ownProfile.put(ownProfileFromSnapshot(withKnownCareer(snapshot, own), at));
        return { contactId: snapshot.publicId, created: false, visitLogged: false, joined: null };
      }
      const existing = await db.contacts.get(snapshot.publicId);
      const captured = mergeCapture(existing, snapshot, at);
      await db.contacts.put(captured);
      // A connection from an old export named like this page becomes this record when nothing is left to doubt;
      // otherwise the popup asks (components/contact/SamePersonQuestion.tsx).
      const match = matchUnlinked(snapshot, await unlinkedNamed(db, captured), pageIsTab, captured.notSameAs);
      const joined = match.kind === 'merge' ? match.unlinked.id : null;
      if (joined) await joinUnlinked(db, captured, joined, at);
      const visitId = `visit:${snapshot.publicId}:${isoDay(at, timeZone())}`;
      const visitLogged = !(await db.interactions.get(visitId));
      if (visitLogged) {
        const visit = newInteraction({
          id: visitId,
          contactId: snapshot.publicId,
          at,
          kind: 'visit',
          source: 'auto',
        });
        await db.interactions.put(visit);
      }
      return { contactId: snapshot.publicId, created: !existing, visitLogged, joined };
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
