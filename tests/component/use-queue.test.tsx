// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useQueue } from '../../components/follow-up/use-queue';
import { database } from '../../lib/db/page-database';
import * as loadQueueModule from '../../lib/db/queries/load-queue';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';

afterEach(cleanup);

function QueueCount() {
  const { queue } = useQueue();
  return <p>{queue ? `${queue.items.length} items` : 'loading'}</p>;
}

describe('useQueue', () => {
  it('computes the queue once per open, with the stored settings, not first with the defaults', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, weakTieDays: 400 } });
    // As when the side panel opens on a database that exists: its upgrades ran long ago.
    await database().open();
    // Storage answers after a round trip to the browser, as it does in Chromium.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation((async (keys: never) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return get(keys);
    }) as never);
    const load = vi.spyOn(loadQueueModule, 'loadQueue');
    render(<QueueCount />);
    await screen.findByText('0 items');
    expect(load).toHaveBeenCalledTimes(1);
    expect(load.mock.calls[0]![1].settings.weakTieDays).toBe(400);
  });
});
