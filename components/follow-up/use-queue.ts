import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../lib/db/page-database';
import { loadQueue } from '../../lib/db/queries/load-queue';
import type { FollowUpItem } from '../../lib/engine/types';
import { userTimeZone } from '../../lib/time/calendar';
import { useMinuteTick } from '../shared/use-now';
import { useLoadedSettings } from '../shared/use-settings';

interface Queue {
  items: FollowUpItem[];
  /** The moment the queue was computed for, so grouping agrees with it. */
  now: number;
}

/**
 * The follow-up queue, recomputed when the data, the settings or the minute change. The clock is read inside
 * the query: a meeting logged a second ago must not look like it is dated in the future.
 */
export function useQueue(): { queue: Queue | undefined; timeZone: string } {
  // Not before the user's settings are read: computing with the defaults first made every open run it twice.
  const settings = useLoadedSettings();
  const minute = useMinuteTick();
  const timeZone = userTimeZone();
  const queue = useLiveQuery(async () => {
    if (!settings) return undefined;
    const now = Date.now();
    return { items: await loadQueue(database(), { settings, now, timeZone }), now };
  }, [settings, minute, timeZone]);
  return { queue, timeZone };
}
