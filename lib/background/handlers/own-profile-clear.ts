import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** Forgets the user's own profile; shared ground then falls back to mutual connections and tags. */
export function ownProfileClear({ db }: HandlerContext): Handler<'own-profile/clear'> {
  return async () => {
    const had = (await db.ownProfile.count()) > 0;
    await db.ownProfile.clear();
    return { cleared: had };
  };
}
