import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { RapportDatabase } from '../db/database';
import { watchSettings } from '../settings/storage';
import { countOverdue, showOverdueOnBadge } from './badge';

export const REFRESH_ALARM = 'rapport:follow-ups';
/** Follow-ups fall due by the clock, not by writes: a quarter-hour is fine-grained enough for a 24–48 h window. */
export const REFRESH_MINUTES = 15;

/**
 * Keeps the toolbar badge on the overdue count: a periodic alarm for time passing (it survives the worker
 * being stopped), a live query for writes (done, snooze, a logged meeting) that also runs at every worker start,
 * and a settings watch (a new window or switched-off rule changes what is overdue).
 * Desktop notifications are left out: they need the `notifications` permission, which the manifest does not ask for.
 */
export async function keepBadgeCurrent(db: RapportDatabase): Promise<void> {
  const refresh = () =>
    countOverdue(db).then(showOverdueOnBadge, (error: unknown) => console.warn('Rapport badge', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refresh();
  });
  watchSettings(() => void refresh());
  liveQuery(() => countOverdue(db)).subscribe({
    next: (count) => void showOverdueOnBadge(count),
    error: (error: unknown) => console.warn('Rapport badge', error),
  });
  // Re-creating an alarm restarts its period; every worker start would push the next refresh back.
  if (!(await browser.alarms.get(REFRESH_ALARM))) {
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES });
  }
}
