import { browser } from 'wxt/browser';

// Chrome's side panel API and Firefox's sidebar, which WXT's types do not both describe.
interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the follow-up queue: Chrome's side panel or Firefox's sidebar, both of which the browser allows only
 * while handling the user's click; when it refuses, the same page opens in a tab so the click is never lost.
 */
export async function openFollowUps(windowId: number | undefined): Promise<void> {
  const apis = browser as unknown as PanelApis;
  try {
    if (apis.sidePanel && windowId !== undefined) return await apis.sidePanel.open({ windowId });
    if (apis.sidebarAction) return await apis.sidebarAction.open();
  } catch {
    // Not within a user gesture: fall through to a tab.
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}
