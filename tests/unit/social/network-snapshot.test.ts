import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { networkKeeperOf } from '../../../lib/background/network-keeper';
import { newContact } from '../../../lib/contacts/new-contact';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { loadNetworkState } from '../../../lib/db/queries/network-data';
import { type Freshness, freshnessOf, type StoredPicture } from '../../../lib/social/network-snapshot';
import { routeAsAllowedSender } from '../../support/senders';

const HOUR = 3_600_000;
// Tue 2 Jun 2026, 23:30 in Lisbon (22:30 UTC): half an hour before midnight there, already the 3rd in Tokyo.
const NOW = Date.UTC(2026, 5, 2, 22, 30);

const stored = (over: Partial<StoredPicture> = {}): StoredPicture => ({
  key: 'picture',
  picture: { total: 0, pictures: [], balance: {} as never, balanceSuggestion: {} as never },
  drawnFor: NOW - HOUR,
  readAt: NOW - HOUR,
  weakTieDays: 180,
  ...over,
});

describe('whether a stored picture is current', () => {
  const cases: [
    string,
    StoredPicture | undefined,
    number | undefined,
    Partial<{ weakTieDays: number; timeZone: string }>,
    Freshness,
  ][] = [
    ['none stored', undefined, undefined, {}, 'missing'],
    ['nothing written since', stored(), NOW - 2 * HOUR, {}, 'current'],
    ['never written at all (an empty database)', stored(), undefined, {}, 'current'],
    ['written after the read began', stored(), NOW - HOUR + 1, {}, 'data-changed'],
    ['written at the very moment the read began', stored(), NOW - HOUR, {}, 'data-changed'],
    ['another weak-tie threshold', stored(), undefined, { weakTieDays: 90 }, 'settings-changed'],
    ['drawn an hour ago, same day in Lisbon', stored(), undefined, { timeZone: 'Europe/Lisbon' }, 'current'],
    // 21:30 UTC is 06:30 on the 3rd in Tokyo and now is 07:30: same day. Drawn at 14:00 UTC (23:00 on the 2nd) is not.
    [
      'drawn before midnight in Tokyo',
      stored({ drawnFor: Date.UTC(2026, 5, 2, 14) }),
      undefined,
      { timeZone: 'Asia/Tokyo' },
      'new-day',
    ],
    [
      'drawn yesterday evening in Lisbon',
      stored({ drawnFor: NOW - 24 * HOUR }),
      undefined,
      { timeZone: 'Europe/Lisbon' },
      'new-day',
    ],
    [
      'data changed matters more than the day',
      stored({ drawnFor: NOW - 24 * HOUR }),
      NOW,
      {},
      'data-changed',
    ],
  ];
  it.each(cases)('%s', (_, picture, changedAt, options, expected) => {
    expect(
      freshnessOf(picture, changedAt, { now: NOW, weakTieDays: 180, timeZone: 'Europe/Lisbon', ...options }),
    ).toBe(expected);
  });
});

let db: RapportDatabase;
beforeEach(() => {
  db = openDatabase(`network-snapshot-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.useRealTimers();
  db.close();
  await Dexie.delete(db.name);
});

const people = (n: number, prefix = 'p') =>
  Array.from({ length: n }, (_, i) =>
    newContact(`${prefix}${i}`, `Person ${prefix}${i}`, 0, { company: i % 2 ? 'Globex' : 'Initech' }),
  );

describe('the database marks what the picture is drawn from', () => {
  it('marks a write of contacts or interactions, once per transaction, and nothing else', async () => {
    expect(await loadNetworkState(db)).toEqual({});
    await db.events.put({
      id: 'e',
      name: 'Meetup',
      day: '2026-06-02',
      timeZone: 'Europe/Lisbon',
      startedAt: 1,
      endedAt: null,
    });
    await db.contacts.toArray();
    expect(await loadNetworkState(db)).toEqual({});

    const before = Date.now();
    const puts = vi.spyOn(db.network, 'put');
    await db.contacts.bulkPut(people(3));
    const { changedAt } = await loadNetworkState(db);
    expect(changedAt).toBeGreaterThanOrEqual(before);
    expect(puts).not.toHaveBeenCalled(); // the mark is the database's own, not a table call

    await new Promise((resolve) => setTimeout(resolve, 2));
    await db.interactions.put({
      id: 'x',
      contactId: 'p0',
      at: 5,
      kind: 'helped',
      actor: 'me',
      exchange: 'give',
      context: '',
      excerpt: '',
      source: 'manual',
    });
    expect((await loadNetworkState(db)).changedAt).toBeGreaterThan(changedAt!);
  });

  it('a person deleted takes the stored picture with them, and marks when', async () => {
    await db.contacts.bulkPut(people(3));
    const route = routeAsAllowedSender(createHandlers({ db, now: () => NOW }));
    await networkKeeperOf({ db, now: () => NOW }).draw();
    expect((await loadNetworkState(db)).picture?.picture.total).toBe(3);
    await route({ type: 'contact/delete', payload: { contactId: 'p1', confirm: 'p1' } });
    const state = await loadNetworkState(db);
    expect(state.picture).toBeUndefined();
    expect(state.removedAt).toBeGreaterThan(0);
    // A wipe (every table cleared) leaves no picture either.
    await networkKeeperOf({ db, now: () => NOW }).draw();
    expect((await loadNetworkState(db)).picture?.picture.total).toBe(2);
    expect(await route({ type: 'data/wipe', payload: { confirm: 'wipe' } })).toMatchObject({ ok: true });
    expect((await loadNetworkState(db)).picture).toBeUndefined();
  });
});

describe('the background draws and keeps the picture', () => {
  it('draws through network/draw with the settings’ threshold; callers at once share one drawing', async () => {
    await db.contacts.bulkPut(people(40));
    await db.settings.put({ key: 'settings', value: { weakTieDays: 30 } });
    const route = routeAsAllowedSender(createHandlers({ db, now: () => NOW }));
    const reads = vi.spyOn(db.contacts, 'orderBy');
    const [a, b] = await Promise.all([
      route({ type: 'network/draw', payload: { at: NOW } }),
      route({ type: 'network/draw', payload: { at: NOW } }),
    ]);
    expect(a).toEqual({ ok: true, value: { people: 40, drawnFor: NOW } });
    expect(b).toEqual(a);
    expect(reads).toHaveBeenCalledTimes(1);
    const { picture, changedAt } = await loadNetworkState(db);
    expect(picture).toMatchObject({ drawnFor: NOW, weakTieDays: 30 });
    expect(freshnessOf(picture, changedAt, { now: NOW, weakTieDays: 30, timeZone: 'Europe/Lisbon' })).toBe(
      'current',
    );
    expect(picture!.picture.pictures.find((p) => p.id === 'company')!.slices).toEqual([
      { label: 'Globex', count: 20 },
      { label: 'Initech', count: 20 },
    ]);
    expect(await route({ type: 'network/draw', payload: { at: NOW, extra: 1 } })).toMatchObject({
      ok: false,
    });
  });

  it('does not store a picture read before someone was deleted (it may name them)', async () => {
    await db.contacts.bulkPut(people(5));
    const keeper = networkKeeperOf({ db, now: () => NOW });
    // Someone is deleted after the drawing has read everyone, before it stores: just as it opens the store's step.
    const route = routeAsAllowedSender(createHandlers({ db, now: () => NOW }));
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    let deleted: Promise<unknown> | undefined;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      if (deleted || args[0] !== 'rw' || args[1] !== db.network) return transaction(...args);
      deleted = route({ type: 'contact/delete', payload: { contactId: 'p3', confirm: 'p3' } });
      return deleted.then(() => transaction(...args));
    }) as never);
    const drawn = await keeper.draw();
    await deleted;
    expect(drawn.picture.total).toBe(5);
    const state = await loadNetworkState(db);
    expect(state.picture).toBeUndefined();
    // The next drawing is stored, without them.
    await keeper.draw();
    expect((await loadNetworkState(db)).picture?.picture.total).toBe(4);
  });

  it('draws again after a big write (an import), only once someone has used the view', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const keeper = networkKeeperOf({ db, now: () => NOW });
    const stop = keeper.watch();
    try {
      await db.contacts.bulkPut(people(300, 'a'));
      await vi.advanceTimersByTimeAsync(5_000);
      expect(await loadNetworkState(db)).not.toHaveProperty('picture'); // never opened: not drawn

      await keeper.draw();
      await db.contacts.bulkPut(people(5, 'b')); // a capture's size: only marked
      await vi.advanceTimersByTimeAsync(5_000);
      expect((await loadNetworkState(db)).picture?.picture.total).toBe(300);

      await db.contacts.bulkPut(people(300, 'c'));
      await vi.advanceTimersByTimeAsync(1_000);
      await db.contacts.bulkPut(people(300, 'd')); // the import's next batch: the wait starts again
      await vi.advanceTimersByTimeAsync(2_500);
      expect((await loadNetworkState(db)).picture?.picture.total).toBe(300);
      await vi.advanceTimersByTimeAsync(1_000);
      await vi.waitFor(async () => expect((await loadNetworkState(db)).picture?.picture.total).toBe(905));
    } finally {
      stop();
    }
  });
});
