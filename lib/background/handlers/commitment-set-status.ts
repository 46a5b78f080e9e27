import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** Marks a promise kept, dropped, or open again; setting the status it already has changes nothing. */
export function commitmentSetStatus({ db, now }: HandlerContext): Handler<'commitment/set-status'> {
  return async ({ id, status }) =>
    db.transaction('rw', db.commitments, async () => {
      const commitment = await db.commitments.get(id);
      if (!commitment) throw new HandledError('not-found', `No commitment "${id}"`);
      if (commitment.status !== status) {
        await db.commitments.update(id, { status, closedAt: status === 'open' ? null : now() });
      }
      return { id, status };
    });
}
