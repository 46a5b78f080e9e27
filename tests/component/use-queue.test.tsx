// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startQueueEarly } from '../../components/follow-up/queue-query';
import { useQueue } from '../../components/follow-up/use-queue';
import { newContact } from '../../lib/contacts/new-contact';
import { database } from '../../lib/db/page-database';
import * as loadQueueModule from '../../lib/db/queries/load-queue';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await database().contacts.clear();
});

/** Someone on a cadence of their own: their queue card changes, which the queue reads. */
const aContact = () => newContact('ada-lindqvist', 'Ada Lindqvist', Date.now(), { cadenceDays: 30 });

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

function ShownQueue() {
  const { queue } = useQueue({ expanded: new Set() });
  return <p>{queue ? `${queue.items.length} items` : 'loading'}</p>;
}

describe('startQueueEarly', () => {
  it('computes the side panel queue before React asks for it, and the hook takes it over: one computation', async () => {
    fakeBrowser.reset();
    await database().open();
    const load = vi.spyOn(loadQueueModule, 'loadQueue');
    const first = startQueueEarly('');
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    // The first queue found, for the side panel to paint before React loads.
    expect((await first).first?.items).toEqual([]);
    render(<ShownQueue />);
    await screen.findByText('0 items');
    expect(load).toHaveBeenCalledTimes(1);
    // Still live once taken over: a write computes it again, once.
    await database().contacts.put(aContact());
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
  });

  it('is stopped when the hook asks for other inputs, which are computed instead', async () => {
    fakeBrowser.reset();
    await database().open();
    const load = vi.spyOn(loadQueueModule, 'loadQueue');
    startQueueEarly('later');
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    render(<ShownQueue />);
    await screen.findByText('0 items');
    expect(load).toHaveBeenCalledTimes(2);
    expect(load.mock.calls[1]![1].namesFor).toBeDefined();
    // The early query no longer listens: a write computes the hook's queue alone.
    await database().contacts.put(aContact());
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(3));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(load).toHaveBeenCalledTimes(3);
  });
});
