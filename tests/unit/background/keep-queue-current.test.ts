import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepQueueCurrent } from '../../../lib/background/alarms';
import type { KeptFirstView } from '../../../lib/browser/kept-first-view';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { QUEUE_STORES } from '../../../lib/db/queries/load-queue';
import { onStoresChanged } from '../../../lib/db/store-changes';
import { commitment, contact } from '../engine/factories';

/** While set, each computation of the queue, once it has read, waits for it: a write then lands before it ends. */
let held: Promise<void> | undefined;
vi.mock('../../../lib/background/queue-at-now', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../lib/background/queue-at-now')>();
  return {
    queueAtNow: async (...args: Parameters<typeof actual.queueAtNow>) => {
      const found = await actual.queueAtNow(...args);
      await held;
      return found;
    },
  };
});

// The background computes the queue after every write and keeps the side panel's first view in session storage:
// a view kept must never be older than the data it shows.
const DAY = 86_400_000;
let db: RapportDatabase;
/** Every view kept, in order, and undefined where it was removed (the fake browser says null). */
let kept: (KeptFirstView | undefined)[];

beforeEach(async () => {
  fakeBrowser.reset();
  kept = [];
  browser.storage.session.onChanged.addListener((changes) => {
    if ('firstView' in changes)
      kept.push((changes.firstView!.newValue ?? undefined) as KeptFirstView | undefined);
  });
  db = openDatabase(`keep-queue-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const namesIn = (view: KeptFirstView | undefined) =>
  view?.view.groups.flatMap((group) => group.rows.map((row) => row.contactName)) ?? [];

/** A person with a promise of mine overdue since yesterday. */
async function promiseOverdue(id: string, name: string) {
  await db.transaction('rw', db.contacts, db.commitments, async () => {
    await db.contacts.put(contact({ id, name }));
    await db.commitments.put(
      commitment({ contactId: id, by: 'me', dueAt: Date.now() - DAY, text: 'Send the deck' }),
    );
  });
}

describe('keepQueueCurrent', () => {
  it('keeps the side panel’s first view and the badge’s count from one computation', async () => {
    await promiseOverdue('ada', 'Ada Moss');
    await keepQueueCurrent(db);
    await vi.waitFor(() => expect(namesIn(kept.at(-1))).toEqual(['Ada Moss']));
    const view = kept.at(-1)!;
    expect(view.view.groups.map((group) => [group.id, group.count])).toEqual([['overdue', 1]]);
    expect(view.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(Date.now() - view.madeAt).toBeLessThan(60_000);
    expect(await browser.action.getBadgeText({})).toBe('1');
    // Started with the browser too, whose session storage starts empty.
    expect(await fakeBrowser.runtime.onStartup.trigger()).toHaveLength(1);
  });

  it('removes the view as soon as a write is announced, and keeps none computed before it', async () => {
    await promiseOverdue('ada', 'Ada Moss');
    await keepQueueCurrent(db);
    await vi.waitFor(() => expect(namesIn(kept.at(-1))).toEqual(['Ada Moss']));
    const before = kept.length;
    const announced = vi.fn();
    const stopListening = onStoresChanged(QUEUE_STORES, announced, db.name);
    // A computation that read after Bo's write is still running when Cy's comes, then Di's.
    const { promise, resolve: release } = Promise.withResolvers<void>();
    held = promise;
    await promiseOverdue('bo', 'Bo Lind');
    await vi.waitFor(() => expect(kept.length).toBe(before + 1));
    await promiseOverdue('cy', 'Cy Aalto');
    await promiseOverdue('di', 'Di Berg');
    await vi.waitFor(() => expect(announced.mock.calls.length).toBeGreaterThanOrEqual(3));
    stopListening();
    // The background heard them too (the same message, on its own channel).
    await new Promise((resolve) => setTimeout(resolve, 50));
    held = undefined;
    release();
    await vi.waitFor(() =>
      expect(namesIn(kept.at(-1)).sort()).toEqual(['Ada Moss', 'Bo Lind', 'Cy Aalto', 'Di Berg']),
    );
    const since = kept.slice(before);
    // Removed once, at the first write (nothing is kept to remove at the next two); no view kept after it misses a
    // write announced before it.
    expect(since[0]).toBeUndefined();
    expect(since.filter((view) => view === undefined)).toHaveLength(1);
    for (const view of since.slice(1)) expect(namesIn(view)).toHaveLength(4);
    expect(await browser.action.getBadgeText({})).toBe('4');
  });

  it('forgets a view kept by an earlier worker as it starts: a write may have come before its listener', async () => {
    await browser.storage.session.set({ firstView: { stale: true } });
    kept = [];
    await keepQueueCurrent(db);
    await vi.waitFor(() => expect(kept[0]).toBeUndefined());
    expect(kept.length).toBeGreaterThan(0);
  });
});
