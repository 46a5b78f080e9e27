import type { QueueGroupId } from '../../engine/grouping';
import { type QueueLayout, queueLayout, withNamed } from '../../engine/queue-layout';
import { shownPeople } from '../../engine/shown-people';
import type { FollowUpItem } from '../../engine/types';
import { loadQueue, type QueueContext } from './load-queue';

/**
 * The queue as the side panel shows it: the people of the rows on screen named (every event batch's, each group's
 * first page, all of a group in `opened`), and its layout with those rows named. The side panel computes it on every
 * open and change (components/follow-up/queue-query.ts); the background too, to keep the panel's first view
 * (lib/background/alarms.ts).
 */
export async function loadShownQueue(
  db: IDBDatabase,
  context: Omit<QueueContext, 'namesFor'> & { opened: ReadonlySet<QueueGroupId> },
): Promise<{ items: FollowUpItem[]; layout: QueueLayout }> {
  const { now, timeZone, opened } = context;
  // The layout the shown people are picked from is kept (named once they are): laid out once per computation.
  let layout: QueueLayout | undefined;
  let shown: string[] = [];
  const items = await loadQueue(db, {
    ...context,
    namesFor: (found) => {
      layout = queueLayout(found, now, timeZone);
      shown = shownPeople(layout, opened);
      return shown;
    },
  });
  return {
    items,
    layout: layout ? withNamed(layout, items, new Set(shown)) : queueLayout(items, now, timeZone),
  };
}
