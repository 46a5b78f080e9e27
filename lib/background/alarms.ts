import { browser } from 'wxt/browser';
import type { RapportDatabase } from '../db/database';
import { QUEUE_STORES } from '../db/queries/load-queue';
import { followStores } from '../db/store-changes';
import type { Settings } from '../schema/settings';
import { settingsOwner } from '../settings/owner';
import { watchSettings } from '../settings/storage';
import { countOverdue, showOverdueOnBadge } from './badge';
import { notifyOverdue } from './notify-overdue';

export const REFRESH_ALARM = 'rapport:follow-ups';
/** Follow-ups fall due by the clock, not by writes: a quarter-hour is fine-grained enough for a 24–48 h window. */
export const REFRESH_MINUTES = 15;

/**
 * Keeps the toolbar badge on the overdue count: it is counted again after each write to what the queue reads
 * (done, snooze, a logged meeting: lib/db/store-changes.ts), a periodic alarm follows the clock (it survives the
 * worker being stopped), and a settings change restarts both with the new settings.
 * With notifications switched on, the same count drives the desktop notice.
 */
export async function keepBadgeCurrent(db: RapportDatabase): Promise<void> {
  let stop: (() => void) | undefined;
  const follow = (settings: Settings) => {
    stop?.();
    stop = followStores(
      QUEUE_STORES,
      () => countOverdue(db, settings, Date.now()),
      (count) => {
        void showOverdueOnBadge(count);
        if (settings.notifications) void notifyOverdue(count, Date.now());
      },
      (error: unknown) => console.warn('Rapport badge', error),
    );
  };
  // Listeners first and synchronously, so an alarm that woke the worker is not missed.
  // The settings come from the background's own copy: a change to storage only says when to read it again.
  const owned = () => settingsOwner(db).current();
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === REFRESH_ALARM) follow(await owned());
  });
  watchSettings(async () => follow(await owned()));
  follow(await owned());
  // Re-creating an alarm restarts its period; every worker start would push the next refresh back.
  if (!(await browser.alarms.get(REFRESH_ALARM))) {
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES });
  }
}
