import { browser } from 'wxt/browser';
import { profileIdFromUrl } from '../linkedin/url';

/**
 * The LinkedIn profile the popup is about: the active tab's. When the popup page is itself the active tab
 * (opened as a tab), the most recently used profile tab in the window stands in.
 */
export async function findProfileTabId(): Promise<string | null> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const activeId = active?.url ? profileIdFromUrl(active.url) : null;
  if (activeId || !active?.url?.startsWith(browser.runtime.getURL('/'))) return activeId;
  const tabs = await browser.tabs.query({ currentWindow: true, url: 'https://www.linkedin.com/in/*' });
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const url = tabs[0]?.url;
  return url ? profileIdFromUrl(url) : null;
}
