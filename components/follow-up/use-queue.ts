import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { database } from '../../lib/db/page-database';
import { loadQueue, QUEUE_MEASURE } from '../../lib/db/queries/load-queue';
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
  // The database opens while storage answers with the settings, not after (its first transaction waited 15–140 ms
  // for it in the side panel, load 12). A failure to open is the query's to report: it fails the same way.
  useEffect(() => {
    database()
      .open()
      .catch(() => undefined);
  }, []);
  const minute = useMinuteTick();
  const timeZone = userTimeZone();
  const expanded = shown ? [...shown.expanded].sort().join(' ') : null;
  const queue = useLiveQuery(async () => {
    if (!settings) return undefined;
    const start = performance.now();
    const now = Date.now();
    const opened = new Set((expanded ?? '').split(' ').filter(Boolean) as QueueGroupId[]);
    const mentionsFor =
      expanded === null
        ? () => []
        : (items: readonly FollowUpItem[]) => shownPeople(items, now, timeZone, opened);
    const items = await loadQueue(database(), { settings, now, timeZone, mentionsFor });
    // On DevTools' timeline, and counted by the side panel's benchmark (one computation per open).
    performance.measure(QUEUE_MEASURE, { start });
    return { items, now, expanded: opened };
  }, [settings, minute, timeZone, expanded]);
  return { queue, timeZone };
}
