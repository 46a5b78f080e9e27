import { browser } from 'wxt/browser';
import { showUnsavedOnBadge } from './badge';
import { sessionStore, type UnsavedState } from './unsaved-captures';
import { UNSAVED_KEY } from './unsaved-key';

export const RETRY_ALARM = 'rapport:retry-captures';
const RETRY_MINUTES = 1;

/**
 * While captures wait for room (see ./unsaved-captures.ts), a one-minute alarm writes them again and the toolbar
 * shows "!"; once they are saved the alarm is cleared, so an idle worker is not woken for nothing.
 */
export async function keepRetryingUnsaved(retry: () => Promise<unknown>): Promise<void> {
  // Listeners first and synchronously, so an alarm that woke the worker is not missed.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM)
      void retry().catch((error: unknown) => console.warn('Rapport retry', error));
  });
  const follow = async (state: UnsavedState | undefined) => {
    const waiting = state?.parked?.length ?? 0;
    await showUnsavedOnBadge(waiting);
    if (!waiting) await browser.alarms.clear(RETRY_ALARM);
    else if (!(await browser.alarms.get(RETRY_ALARM)))
      await browser.alarms.create(RETRY_ALARM, { periodInMinutes: RETRY_MINUTES });
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && UNSAVED_KEY in changes)
      void follow(changes[UNSAVED_KEY]?.newValue as UnsavedState | undefined);
  });
  await follow(await sessionStore.read());
}
