import { browser } from 'wxt/browser';
import { type OverdueNotice, shouldNotify } from './overdue-notice';
import { OVERDUE_NOTIFICATION } from './surfaces';

// Kept in storage, not in memory: the worker is stopped between refreshes.
const NOTICE_KEY = OVERDUE_NOTIFICATION;

/**
 * Shows a desktop notification for overdue follow-ups when the user opted in and granted the permission
 * (it is optional in the manifest and requested from the options page), at most as often as shouldNotify allows.
 */
export async function notifyOverdue(count: number, now: number): Promise<void> {
  if (!browser.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] })))
    return;
  const last =
    ((await browser.storage.local.get(NOTICE_KEY))[NOTICE_KEY] as OverdueNotice | undefined) ?? null;
  if (!shouldNotify(count, last, now)) {
    if (count === 0 && last) await browser.storage.local.remove(NOTICE_KEY);
    return;
  }
  await browser.notifications.create(NOTICE_KEY, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Rapport',
    message: `${count} follow-up${count === 1 ? ' is' : 's are'} overdue. Click to open your follow-ups.`,
  });
  await browser.storage.local.set({ [NOTICE_KEY]: { count, at: now } satisfies OverdueNotice });
}
