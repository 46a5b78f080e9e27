// Issue 11, item 12: a capture refused by a full disk is not lost silently — it waits (in memory, storage.session),
// the pages can say so, and it is written again with the time it happened once there is room.
import Dexie, { type DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import {
  guardWaitingCount,
  isQuotaError,
  MAX_REPLAY_FAILURES,
  park,
  sessionStore,
  type UnsavedState,
} from '../../../lib/background/unsaved-captures';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { routeAsAllowedSender } from '../../support/senders';

let db: RapportDatabase;
let full = false;
/** A write failure that is not about space (the database closed under the write, say). */
let broken = false;
let clock = Date.UTC(2026, 2, 10, 9);
let route: ReturnType<typeof routeAsAllowedSender>;

/** The browser's answer to a write when the disk or the origin's quota is full, at the lowest level Dexie has. */
function fillableDisk(database: RapportDatabase) {
  database.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            full
              ? Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'))
              : broken
                ? Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError'))
                : table.mutate(request),
        };
      },
    }),
  });
}

const capture = (publicId: string, name = 'Ada Example') =>
  route({
    type: 'profile/captured',
    payload: { publicId, profileUrl: `https://www.linkedin.com/in/${publicId}/`, name },
  });
const status = async () =>
  ((await route({ type: 'captures/unsaved', payload: {} })) as { value: unknown }).value;

beforeEach(() => {
  fakeBrowser.reset();
  full = false;
  broken = false;
  clock = Date.UTC(2026, 2, 10, 9);
  db = openDatabase(`unsaved-${Math.random()}`);
  fillableDisk(db);
  route = routeAsAllowedSender(createHandlers({ db, now: () => clock }));
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('captures refused for lack of space', () => {
  it('wait, are shown as waiting, and are written with their own time once there is room', async () => {
    full = true;
    const refused = await capture('ada-example');
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no room left/) } });
    expect(await db.contacts.count()).toBe(0);
    expect(await status()).toEqual({ waiting: 1, lost: 0, since: clock });

    const capturedAt = clock;
    clock += 3 * 60 * 60 * 1000;
    expect(await route({ type: 'captures/retry', payload: {} })).toMatchObject({
      value: { saved: 0, waiting: 1 },
    });
    full = false;
    expect(await route({ type: 'captures/retry', payload: {} })).toMatchObject({
      value: { saved: 1, waiting: 0 },
    });
    expect(await db.contacts.get('ada-example')).toMatchObject({
      name: 'Ada Example',
      lastSeenAt: capturedAt,
    });
    expect((await db.interactions.toArray()).map((visit) => visit.at)).toEqual([capturedAt]);
    expect(await status()).toEqual({ waiting: 0, lost: 0, since: null });
  });

  it('are not lost to a failure that passes: they wait through a few failed retries, then count as lost', async () => {
    full = true;
    await capture('ada-example');
    await capture('bo-example', 'Bo Example');
    full = false;
    broken = true;
    const retry = () => route({ type: 'captures/retry', payload: {} });
    expect(await retry()).toMatchObject({ value: { saved: 0, waiting: 2 } });
    expect(await status()).toMatchObject({ waiting: 2, lost: 0 });
    broken = false;
    expect(await retry()).toMatchObject({ value: { saved: 2, waiting: 0 } });
    expect((await db.contacts.toArray()).map((contact) => contact.id).sort()).toEqual([
      'ada-example',
      'bo-example',
    ]);

    full = true;
    await capture('cy-example', 'Cy Example');
    full = false;
    broken = true;
    for (let attempt = 1; attempt < MAX_REPLAY_FAILURES; attempt++)
      expect(await retry()).toMatchObject({ value: { saved: 0, waiting: 1 } });
    expect(await status()).toMatchObject({ waiting: 1, lost: 0 });
    // A failure that never passes would be retried every minute forever: past the limit it is lost, and said.
    expect(await retry()).toMatchObject({ value: { saved: 0, waiting: 0 } });
    expect(await status()).toMatchObject({ waiting: 0, lost: 1 });
  });

  it('are written, oldest first, after the next capture that is saved', async () => {
    full = true;
    await capture('ada-example');
    clock += 1000;
    await route({
      type: 'message/sent',
      payload: {
        kind: 'message',
        at: clock,
        text: 'Thanks Ada, I will send you the deck by Friday.',
        recipient: { profileId: 'ada-example', name: 'Ada Example' },
      },
    });
    expect(await status()).toMatchObject({ waiting: 2 });
    full = false;
    clock += 1000;
    await capture('ben-example', 'Ben Example');
    // The retry runs after the capture's answer: on a loaded machine it can take a few seconds.
    await expect.poll(status, { timeout: 15_000 }).toMatchObject({ waiting: 0 });
    expect((await db.contacts.toArray()).map((contact) => contact.id).sort()).toEqual([
      'ada-example',
      'ben-example',
    ]);
    expect(await db.interactions.where('kind').equals('message-sent').count()).toBe(1);
    expect(await db.commitments.count()).toBe(1);
  });

  it('keep the words of a sent message off the disk while they wait, and go with a wipe', async () => {
    full = true;
    await capture('ada-example');
    await route({
      type: 'message/sent',
      payload: {
        kind: 'message',
        at: clock,
        text: 'A very particular sentence about the Lisbon offsite.',
        recipient: { profileId: 'ada-example', name: 'Ada Example' },
      },
    });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Lisbon');
    full = false;
    await route({ type: 'data/wipe', payload: { confirm: 'wipe' } });
    expect(await status()).toEqual({ waiting: 0, lost: 0, since: null });
  });

  it('past what the waiting list can hold, drop the oldest and count them as lost until the user has seen it', async () => {
    let state: UnsavedState = { parked: [], lost: 0 };
    for (let i = 0; i < 10; i++)
      state = park(state, { type: 'message/sent', payload: { i, text: 'x'.repeat(90) }, at: i }, 500);
    expect(state.parked.map((capture) => (capture.payload as { i: number }).i)).toEqual([6, 7, 8, 9]);
    expect(state.lost).toBe(6);
    // One capture larger than the whole list still waits: it is the newest, and nothing else is left to drop.
    expect(park(state, { type: 'thread/read', payload: 'y'.repeat(600), at: 10 }, 500)).toMatchObject({
      lost: 10,
    });

    full = true;
    await capture('ada-example');
    await fakeBrowser.storage.session.set({ unsavedCaptures: { ...(await sessionStore.read()), lost: 3 } });
    expect(await status()).toMatchObject({ waiting: 1, lost: 3 });
    await route({ type: 'captures/forget-lost', payload: {} });
    expect(await status()).toMatchObject({ waiting: 1, lost: 0 });
  });

  it('still waiting when the browser closes, are reported as lost at the next start: only their number was on disk', async () => {
    full = true;
    await capture('ada-example');
    await capture('bo-example', 'Bo Example');
    expect(await status()).toMatchObject({ waiting: 2, lost: 0 });
    const onDisk = await fakeBrowser.storage.local.get(null);
    expect(onDisk).toMatchObject({ unsavedWaiting: 2 });
    expect(JSON.stringify(onDisk)).not.toMatch(/Ada|Bo Example|ada-example/);

    // The browser closes (storage.session is memory) and starts again, with room this time.
    await fakeBrowser.storage.session.clear();
    full = false;
    route = routeAsAllowedSender(createHandlers({ db, now: () => clock }));
    expect(await status()).toEqual({ waiting: 0, lost: 2, since: null });
    // A capture saved now does not hide them …
    expect(await capture('cleo-example', 'Cleo Example')).toMatchObject({ ok: true });
    expect(await status()).toEqual({ waiting: 0, lost: 2, since: null });
    // … until the user has seen the notice.
    await route({ type: 'captures/forget-lost', payload: {} });
    expect(await status()).toEqual({ waiting: 0, lost: 0, since: null });
    expect(await fakeBrowser.storage.local.get('unsavedWaiting')).toEqual({});
  });

  it('cannot be made up or hidden by a content script writing their count on disk: the background puts it back', async () => {
    const stopGuard = guardWaitingCount();
    const onDisk = async () => (await fakeBrowser.storage.local.get('unsavedWaiting')).unsavedWaiting;
    try {
      full = true;
      await capture('ada-example');
      await capture('bo-example', 'Bo Example');
      expect(await onDisk()).toBe(2);
      // A content script (they all may write storage.local) claims a million lost, then none.
      await fakeBrowser.storage.local.set({ unsavedWaiting: 1_000_000 });
      await expect.poll(onDisk).toBe(2);
      await fakeBrowser.storage.local.remove('unsavedWaiting');
      await expect.poll(onDisk).toBe(2);

      // The browser closes with two waiting; at the next start, before anything is parked, it tries twice in a row.
      await fakeBrowser.storage.session.clear();
      full = false;
      await fakeBrowser.storage.local.set({ unsavedWaiting: 999 });
      await fakeBrowser.storage.local.set({ unsavedWaiting: 0 });
      await expect.poll(onDisk).toBe(2);
      expect(await status()).toEqual({ waiting: 0, lost: 2, since: null });
      // Lost ones the user has not seen yet are still owed a notice after another close.
      await fakeBrowser.storage.session.clear();
      expect(await status()).toEqual({ waiting: 0, lost: 2, since: null });
      await route({ type: 'captures/forget-lost', payload: {} });
      expect(await fakeBrowser.storage.local.get('unsavedWaiting')).toEqual({});

      // A wipe leaves no count behind, whatever the guard does meanwhile.
      full = true;
      await capture('cleo-example', 'Cleo Example');
      expect(await onDisk()).toBe(1);
      full = false;
      await route({ type: 'data/wipe', payload: { confirm: 'wipe' } });
      await fakeBrowser.storage.session.clear();
      expect(await status()).toEqual({ waiting: 0, lost: 0, since: null });
      expect(await fakeBrowser.storage.local.get('unsavedWaiting')).toEqual({});
    } finally {
      stopGuard();
    }
  });

  it('do not hide other failures: an error that is not about space is answered, not parked', async () => {
    db.close();
    expect(await capture('ada-example')).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await status()).toMatchObject({ waiting: 0 });
  });

  it('are recognised in every wrapping of the browser error', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(Object.assign(new Error('abort'), { name: 'AbortError', inner: quota }))).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quota }))).toBe(true);
    expect(isQuotaError(new DOMException('gone', 'InvalidStateError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
