import { browser } from 'wxt/browser';
import { forgetFirstView, keepFirstView } from '../browser/kept-first-view';
import type { RapportDatabase } from '../db/database';
import { followReads } from '../db/follow-reads';
import { QUEUE_STORES } from '../db/queries/load-queue';
import { onStoresChanged } from '../db/store-changes';
import type { Settings } from '../schema/settings';
import { settingsOwner } from '../settings/owner';
import { watchSettings } from '../settings/storage';
import { showOverdueOnBadge } from './badge';
import { notifyOverdue } from './notify-overdue';
import { queueAtNow } from './queue-at-now';

export const REFRESH_ALARM = 'rapport:follow-ups';
/** Follow-ups fall due by the clock, not by writes: a quarter-hour is fine-grained enough for a 24–48 h window. */
export const REFRESH_MINUTES = 15;

/**
 * Keeps what shows the queue outside its pages current: the toolbar badge's overdue count and the side panel's kept
 * first view (lib/browser/kept-first-view.ts), both from one computation. It is computed again after each write to
 * what the queue reads (done, snooze, a logged meeting, an import: lib/db/store-changes.ts, whoever writes), a
 * periodic alarm follows the clock (it survives the worker being stopped), and a settings change restarts both with
 * the new settings. With notifications switched on, the same count drives the desktop notice.
 */
export async function keepQueueCurrent(db: RapportDatabase): Promise<void> {
  // A write announced counts from here: a computation that began before it keeps no view (it may not show it).
  let writes = 0;
  // A view kept before this worker started may predate a write made since (by a message that woke it, before the
  // listener below was added): it goes now, and the first computation keeps a new one.
  void forgetFirstView();
  let viewKept = false;
  const forget = () => {
    // Once per kept view, not once per write: an import announces hundreds.
    if (viewKept) void forgetFirstView();
    viewKept = false;
  };
  const listen = (changed: () => void) =>
    onStoresChanged(
      QUEUE_STORES,
      () => {
        writes++;
        forget();
        changed();
      },
      db.name,
    );
  let stop: (() => void) | undefined;
  const follow = (settings: Settings) => {
    stop?.();
    stop = followReads(
      async () => {
        const since = writes;
        return { since, ...(await queueAtNow(db, settings)) };
      },
      listen,
      ({ since, overdue, kept }) => {
        void showOverdueOnBadge(overdue);
        if (settings.notifications) void notifyOverdue(overdue, Date.now());
        if (since !== writes) return;
        viewKept = true;
        void keepFirstView(kept);
      },
      (error: unknown) => console.warn('Rapport queue (badge, kept first view)', error),
    );
  };
  // Listeners first and synchronously, so an alarm that woke the worker is not missed.
  // The settings come from the background's own copy: a change to storage only says when to read it again.
  const owned = () => settingsOwner(db).current();
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === REFRESH_ALARM) follow(await owned());
  });
  watchSettings(async () => follow(await owned()));
  // Heard, the browser starts the worker as it starts (session storage starts empty): the side panel's first open
  // then finds a view kept. Nothing more to do: starting is what computes it.
  browser.runtime.onStartup.addListener(() => undefined);
  follow(await owned());
  // Re-creating an alarm restarts its period; every worker start would push the next refresh back.
  if (!(await browser.alarms.get(REFRESH_ALARM))) {
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES });
  }
}
