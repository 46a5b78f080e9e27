import { browser } from 'wxt/browser';
import { profileIdFromUrl } from '../linkedin/url';

/** The tab the popup is about, and whether it is still loading. */
export interface ProfileTab {
  /** The profile's id, or null when the tab is not a LinkedIn profile. */
  profileId: string | null;
  tabId: number | null;
  loading: boolean;
}

/**
 * The LinkedIn profile the popup is about: the active tab's. When the popup page is itself the active tab
 * (opened as a tab), the most recently used profile tab in the window stands in.
 */
export async function findProfileTab(): Promise<ProfileTab> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const of = (tab: typeof active | undefined): ProfileTab => ({
    profileId: tab?.url ? profileIdFromUrl(tab.url) : null,
    tabId: tab?.id ?? null,
    loading: tab?.status === 'loading',
  });
  if (!active?.url?.startsWith(browser.runtime.getURL('/'))) return of(active);
  const tabs = await browser.tabs.query({ currentWindow: true, url: 'https://www.linkedin.com/in/*' });
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return of(tabs[0]);
}
