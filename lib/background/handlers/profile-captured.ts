import { localDay } from '../../contacts/local-day';
import { mergeCapture } from '../../contacts/merge-capture';
import type { Handler } from '../../protocol/router';
import type { Interaction } from '../../schema/interaction';
import type { HandlerContext } from '../context';

/** Stores the captured profile and at most one visit per contact per day (the id is per day, so it is idempotent). */
export function profileCaptured({ db, now }: HandlerContext): Handler<'profile/captured'> {
  return async (snapshot) => {
    const at = now();
    return db.transaction('rw', db.contacts, db.interactions, async () => {
      const existing = await db.contacts.get(snapshot.publicId);
      await db.contacts.put(mergeCapture(existing, snapshot, at));
      const visitId = `visit:${snapshot.publicId}:${localDay(at)}`;
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
