// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfileReading } from '../../components/contact/ProfileReading';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';

// Issue 12, item 7: what the popup says while the person on the tab is not stored yet always resolves — capture
// switched off, the page still loading, reading, and a reading that is not coming — each with what to do.
const TAB = { profileId: 'ada-example', tabId: 4, loading: false };
const setCapture = (captureProfiles: boolean) =>
  act(() =>
    browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, captureProfiles }, settingsVersion: 2 }),
  );

beforeAll(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ProfileReading', () => {
  it('says capture is switched off, and links to where to turn it on', async () => {
    await setCapture(false);
    render(<ProfileReading tab={TAB} />);
    expect(await screen.findByText(/Profile capture is switched off/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Turn it on in Settings' }).getAttribute('href')).toMatch(
      /options\.html/,
    );
    await setCapture(true);
    expect(await screen.findByText('Reading this profile…')).toBeTruthy();
  });

  it('says LinkedIn is still loading, then reads once the tab has loaded', async () => {
    render(<ProfileReading tab={{ ...TAB, loading: true }} />);
    expect(await screen.findByText('LinkedIn is still loading this page…')).toBeTruthy();
    await act(() => fakeBrowser.tabs.onUpdated.trigger(TAB.tabId, { status: 'complete' }, {} as never));
    expect(await screen.findByText('Reading this profile…')).toBeTruthy();
  });

  it('gives up on a reading that is not coming, and says what to do', async () => {
    vi.useFakeTimers();
    render(<ProfileReading tab={TAB} />);
    expect(screen.getByText('Reading this profile…')).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(11_000));
    expect(screen.queryByRole('alert')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(screen.getByRole('alert').textContent).toMatch(
      /could not read this profile.*Reload the LinkedIn tab/s,
    );
  });
});
