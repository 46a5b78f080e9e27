// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type EarlyQueue, startQueueEarly } from '../../components/follow-up/queue-query';
import { database } from '../../lib/db/page-database';
import { QUEUE_MEASURE, QUEUE_STORES } from '../../lib/db/queries/load-queue';
import { onStoresChanged } from '../../lib/db/store-changes';

// The side panel's first step (entrypoints/sidepanel-first-step.ts) is a script of its own, with its own copy of every
// module it uses; React's page has another. vi.resetModules() gives the test that second copy.

// The notice of unsaved captures asks the background, which no test runs here.
vi.mock('../../lib/browser/messaging', () => ({
  sendToBackground: async () => ({ ok: true, value: { waiting: 0, lost: 0, since: null } }),
}));

let mounted: Root | undefined;

beforeAll(async () => {
  // Dexie tells every page it created the database: heard before the first step starts, not by its live query.
  const created = new Promise<void>((resolve) => {
    const stop = onStoresChanged(QUEUE_STORES, () => resolve(stop()));
  });
  await database().open();
  await created;
});

beforeEach(() => {
  fakeBrowser.reset();
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
});

afterEach(async () => {
  cleanup();
  await act(async () => mounted?.unmount());
  mounted = undefined;
  document.body.replaceChildren();
  performance.clearMeasures(QUEUE_MEASURE);
});

const computations = () => performance.getEntriesByName(QUEUE_MEASURE).length;

/** The first step's start, then React's page's own copy of the modules (what it imports once the first step painted). */
async function firstStepThenPage(): Promise<EarlyQueue> {
  const early = await startQueueEarly('');
  expect(computations()).toBe(1);
  vi.resetModules();
  return early;
}

/** React's page's copy of useQueue (imported after vi.resetModules()). */
let usePageQueue: typeof import('../../components/follow-up/use-queue').useQueue;

function ShownQueue() {
  const { queue } = usePageQueue({ expanded: new Set() });
  return <p>{queue ? `${queue.items.length} items` : 'loading'}</p>;
}

describe('React’s side panel taking over the first step’s query', () => {
  it('computes the queue once per open: the hook of React’s copy takes the first step’s query', async () => {
    const { settings, query } = await firstStepThenPage();
    const { publishSettings } = await import('../../components/shared/settings-store');
    const { adoptEarlyQuery } = await import('../../components/follow-up/queue-query');
    usePageQueue = (await import('../../components/follow-up/use-queue')).useQueue;
    // As entrypoints/sidepanel/page.tsx does before it mounts.
    publishSettings(settings);
    adoptEarlyQuery(query);
    render(<ShownQueue />);
    expect(screen.getByText('0 items')).toBeTruthy();
    // Its own read of the settings from storage finds the same settings and changes nothing.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(computations()).toBe(1);
  });

  it('shows the first step’s queue in the render that replaces the first paint, not "Loading…" first', async () => {
    const { settings, query } = await firstStepThenPage();
    const { mountSidePanel } = await import('../../entrypoints/sidepanel/page');
    mounted = mountSidePanel({ settings, query });
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByText('Nothing to follow up.')).toBeTruthy();
  });
});
