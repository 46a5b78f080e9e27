import { browser } from 'wxt/browser';
import type { RapportDatabase } from '../db/database';
import { loadQueueInputs } from '../db/queries/queue-inputs';
import { overdueCount } from '../engine/grouping';
import { computeQueue } from '../engine/queue';
import { readSettings } from '../settings/storage';

const BADGE_COLOUR = '#b45309';

/** The overdue follow-ups right now, read with the same indexed queries as the side panel. */
export async function countOverdue(db: RapportDatabase, now = Date.now()): Promise<number> {
  const settings = await readSettings();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return overdueCount(computeQueue(await loadQueueInputs(db, { settings, now, timeZone })), now);
}

/** Shows the count on the toolbar button, nothing when zero. Firefox's MV2 names the API browserAction. */
export async function showOverdueOnBadge(count: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: count ? String(Math.min(count, 99)) : '' });
  await action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
}
