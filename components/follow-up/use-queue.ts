import { useObservable } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { QueueGroupId } from '../../lib/engine/grouping';
import { userTimeZone } from '../../lib/time/calendar';
import { useMinuteTick } from '../shared/use-now';
import { useLoadedSettings } from '../shared/use-settings';
import { openQueueDatabase, type Queue, queueQuery } from './queue-query';

/** Until the settings are read: no queue yet. */
const NOTHING_YET = { subscribe: () => ({ unsubscribe: () => undefined }) };

/**
 * The follow-up queue, recomputed when the data, the settings or the minute change (./queue-query.ts). With
 * `shown` (the side panel: the groups the user opened in full), the names are read for the rows on screen;
 * without, for nobody (the popup counts people).
 */
export function useQueue(shown?: { expanded: ReadonlySet<QueueGroupId> }): {
  queue: Queue | undefined;
  timeZone: string;
} {
  // Not before the user's settings are read: computing with the defaults first made every open run it twice.
  const settings = useLoadedSettings();
  useEffect(openQueueDatabase, []);
  const minute = useMinuteTick();
  const timeZone = userTimeZone();
  const expanded = shown ? [...shown.expanded].sort().join(' ') : null;
  const queue = useObservable<Queue | undefined>(
    () => (settings ? queueQuery({ settings, minute, timeZone, expanded }) : NOTHING_YET),
    [settings, minute, timeZone, expanded],
  );
  return { queue, timeZone };
}
