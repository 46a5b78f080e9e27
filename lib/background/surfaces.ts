import { browser } from 'wxt/browser';
import { openFollowUps } from '../browser/open-follow-ups';

export const OVERDUE_NOTIFICATION = 'overdueNotice';

/** First run opens the welcome page; clicking the overdue notification opens the queue. */
export function wireSurfaces(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id !== OVERDUE_NOTIFICATION) return;
    void browser.windows.getLastFocused().then(
      (window) => openFollowUps(window.id),
      () => openFollowUps(undefined),
    );
    void browser.notifications.clear(id);
  });
}
