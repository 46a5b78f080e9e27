import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OVERDUE_NOTIFICATION, wireSurfaces } from '../../../lib/background/surfaces';

// The fake browser has no notification clicks and no side panel: the test stands in for both, as Chrome gives them.
let clickNotification: (id: string) => void = () => {};
const openSidePanel = vi.fn(async (_options: { windowId: number }) => {});
const FOCUSED = 7;
const tabUrls = async () => (await browser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));

beforeEach(() => {
  fakeBrowser.reset();
  openSidePanel.mockClear();
  Object.assign(browser.notifications, {
    onClicked: { addListener: (listener: (id: string) => void) => (clickNotification = listener) },
  });
  Object.assign(browser, { sidePanel: { open: openSidePanel } });
  vi.spyOn(browser.windows, 'getLastFocused').mockImplementation(async () => ({ id: FOCUSED }) as never);
  wireSurfaces();
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (browser as { sidePanel?: unknown }).sidePanel;
});

describe('the surfaces the browser opens for the user (issue 12)', () => {
  it('opens the welcome page on install, and not on an update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    expect(await tabUrls()).not.toContainEqual(expect.stringContaining('welcome.html'));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await tabUrls()).toContainEqual(expect.stringMatching(/\/welcome\.html$/));
  });

  it('opens the follow-up queue in the side panel of the focused window when the overdue notice is clicked', async () => {
    await browser.notifications.create(OVERDUE_NOTIFICATION, {
      type: 'basic',
      title: 'Overdue',
      message: '2 people',
      iconUrl: 'icon.png',
    });
    clickNotification(OVERDUE_NOTIFICATION);
    await vi.waitFor(() => expect(openSidePanel).toHaveBeenCalledWith({ windowId: FOCUSED }));
    await vi.waitFor(async () => expect(await browser.notifications.getAll()).toEqual({}));
  });

  it('falls back to the queue in a tab when the panel cannot open, so the click is never lost', async () => {
    openSidePanel.mockRejectedValueOnce(
      new Error('sidePanel.open() may only be called in response to a user gesture'),
    );
    clickNotification(OVERDUE_NOTIFICATION);
    await vi.waitFor(async () =>
      expect(await tabUrls()).toContainEqual(expect.stringMatching(/\/sidepanel\.html$/)),
    );
  });

  it('ignores clicks on any other notification', async () => {
    clickNotification('something-else');
    await new Promise((settled) => setTimeout(settled, 0));
    expect(openSidePanel).not.toHaveBeenCalled();
    expect(await tabUrls()).toEqual([]);
  });
});
