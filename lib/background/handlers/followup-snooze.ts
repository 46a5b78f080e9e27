import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** Hides a follow-up until a moment; snoozing again replaces the moment. A done item stays done. */
export function followUpSnooze({ db, now }: HandlerContext): Handler<'followup/snooze'> {
  return async ({ key, contactId, until }) => {
    if (until <= now()) throw new HandledError('bad-request', 'A snooze must end in the future');
    return db.transaction('rw', db.followUps, async () => {
      const state = await db.followUps.get(key);
      await db.followUps.put({ key, contactId, doneAt: state?.doneAt ?? null, snoozedUntil: until });
      return { key, snoozedUntil: until };
    });
  };
}
