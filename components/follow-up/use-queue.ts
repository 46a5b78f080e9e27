import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../lib/db/page-database';
import { loadQueue } from '../../lib/db/queries/load-queue';
import type { QueueGroupId } from '../../lib/engine/grouping';
import { shownPeople } from '../../lib/engine/shown-people';
import type { FollowUpItem } from '../../lib/engine/types';
import { userTimeZone } from '../../lib/time/calendar';
import { useMinuteTick } from '../shared/use-now';
import { useLoadedSettings } from '../shared/use-settings';

interface Queue {
  items: FollowUpItem[];
  /** The moment the queue was computed for, so grouping agrees with it. */
  now: number;
  /**
   * The groups whose rows were all named and worded (the side panel's `expanded` when the queue was computed): a
   * group shows all its rows once the queue has them, not while it is computed again (they would have no name).
   */
  expanded: ReadonlySet<QueueGroupId>;
}

/**
 * The follow-up queue, recomputed when the data, the settings or the minute change. The clock is read inside
 * the query: a meeting logged a second ago must not look like it is dated in the future. With `shown` (the side
 * panel: the groups the user opened in full), what to mention is read for the rows on screen; without, for
 * nobody (the popup counts people).
 */
export function useQueue(shown?: { expanded: ReadonlySet<QueueGroupId> }): {
  queue: Queue | undefined;
  timeZone: string;
} {
  // Not before the user's settings are read: computing with the defaults first made every open run it twice.
  const settings = useLoadedSettings();
  const minute = useMinuteTick();
  const timeZone = userTimeZone();
  const expanded = shown ? [...shown.expanded].sort().join(' ') : null;
  const queue = useLiveQuery(async () => {
    if (!settings) return undefined;
    const now = Date.now();
    const opened = new Set((expanded ?? '').split(' ').filter(Boolean) as QueueGroupId[]);
    const mentionsFor =
      expanded === null
        ? () => []
        : (items: readonly FollowUpItem[]) => shownPeople(items, now, timeZone, opened);
    return {
      items: await loadQueue(database(), { settings, now, timeZone, mentionsFor }),
      now,
      expanded: opened,
    };
  }, [settings, minute, timeZone, expanded]);
  return { queue, timeZone };
}
