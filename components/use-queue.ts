import { useLiveQuery } from 'dexie-react-hooks';
import { loadQueueInputs } from '../lib/db/queries/queue-inputs';
import { computeQueue } from '../lib/engine/queue';
import type { FollowUpItem } from '../lib/engine/types';
import { database } from './database';
import { useNow, userTimeZone } from './use-now';
import { useSettings } from './use-settings';

/** The follow-up queue, recomputed when the data, the settings or the minute change. */
export function useQueue(): { items: FollowUpItem[] | undefined; now: number; timeZone: string } {
  const settings = useSettings();
  const now = useNow();
  const timeZone = userTimeZone();
  const items = useLiveQuery(
    async () => computeQueue(await loadQueueInputs(database(), { settings, now, timeZone })),
    [settings, now, timeZone],
  );
  return { items, now, timeZone };
}
