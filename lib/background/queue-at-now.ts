import { KEPT_VIEW_VERSION, type KeptFirstView, settingsKey } from '../browser/kept-first-view';
import { backendOf, type RapportDatabase } from '../db/database';
import { loadShownQueue } from '../db/queries/shown-queue';
import { firstViewOf } from '../engine/first-view';
import { overdueCount } from '../engine/grouping';
import type { Settings } from '../schema/settings';
import { userTimeZone } from '../time/calendar';

/**
 * The queue now, read with the same indexed queries as the side panel, as the background shows it: the overdue count
 * (the toolbar badge) and the side panel's first view (its rows named, as an open finds them: no group opened).
 */
export async function queueAtNow(
  db: RapportDatabase,
  settings: Settings,
): Promise<{ overdue: number; kept: KeptFirstView }> {
  const now = Date.now();
  const timeZone = userTimeZone();
  const { items, layout } = await loadShownQueue(await backendOf(db), {
    settings,
    now,
    timeZone,
    opened: new Set(),
  });
  return {
    overdue: overdueCount(items, now, timeZone),
    kept: {
      version: KEPT_VIEW_VERSION,
      madeAt: now,
      timeZone,
      settings: settingsKey(settings),
      view: firstViewOf(layout),
    },
  };
}
