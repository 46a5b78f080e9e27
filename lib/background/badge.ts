import { browser } from 'wxt/browser';
import type { RapportDatabase } from '../db/database';
import { loadQueue } from '../db/queries/load-queue';
import { overdueCount } from '../engine/grouping';
import type { Settings } from '../schema/settings';
import { userTimeZone } from '../time/calendar';

const BADGE_COLOUR = '#b45309';

/** The overdue follow-ups at `now`, read with the same indexed queries as the side panel. Dexie-only, so it can be live. */
export async function countOverdue(db: RapportDatabase, settings: Settings, now: number): Promise<number> {
  const timeZone = userTimeZone();
  return overdueCount(await loadQueue(db, { settings, now, timeZone }), now, timeZone);
}

/** Shows the count on the toolbar button, nothing when zero. Firefox's MV2 names the API browserAction. */
export async function showOverdueOnBadge(count: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: count ? String(Math.min(count, 99)) : '' });
  await action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
}
