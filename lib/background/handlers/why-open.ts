import { browser } from 'wxt/browser';
import type { Handler } from '../../protocol/router';
import { whyAnchor } from '../../why/principles';

/** The part of the tabs API this needs, so a test can stand in for the browser. */
export interface WhyTabs {
  getURL(): string;
  create(url: string): Promise<{ id?: number }>;
  /** The tab's address, or undefined when it is gone (closed) or not readable. */
  urlOf(tabId: number): Promise<string | undefined>;
  show(tabId: number, url: string): Promise<void>;
}

const browserTabs: WhyTabs = {
  getURL: () => browser.runtime.getURL('/why.html'),
  create: (url) => browser.tabs.create({ url }),
  urlOf: (tabId) =>
    browser.tabs.get(tabId).then(
      (tab) => tab.url,
      () => undefined,
    ),
  async show(tabId, url) {
    const tab = await browser.tabs.update(tabId, { url, active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  },
};

/**
 * "Why?" from the inline panel on LinkedIn: opens Rapport's "Why?" page at that principle. A content script cannot
 * link to the page (it is not web-accessible, so LinkedIn cannot probe for Rapport), so the background opens it.
 * One tab, reused while it still shows the page: a LinkedIn page that faked the click could open one tab, not many.
 */
export function whyOpen(tabs: WhyTabs = browserTabs): Handler<'why/open'> {
  let opened: number | undefined;
  return async ({ section }) => {
    const page = tabs.getURL();
    const url = `${page}#${whyAnchor(section)}`;
    if (opened !== undefined && (await tabs.urlOf(opened))?.startsWith(page)) {
      await tabs.show(opened, url);
      return {};
    }
    opened = (await tabs.create(url)).id;
    return {};
  };
}
