import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { createRouter } from '../../../lib/protocol/router';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { guardSettingsMirror, settingsOwner } from '../../../lib/settings/owner';
import { readSettings } from '../../../lib/settings/storage';
import { SENDERS, TEST_EXTENSION } from '../../support/senders';

// Issue 11: extension storage is writable by every content script (Chrome and Firefox give them
// storage.local.set), and content scripts run in LinkedIn's renderer. The background is the settings' only writer:
// its own copy in IndexedDB decides, storage mirrors it and is put back when anyone else writes it.

let db: RapportDatabase;
let route: ReturnType<typeof createRouter>;
let unguard: () => void;
const clock = Date.UTC(2026, 2, 10, 9);
const fromPage = (type: string, payload: unknown) => route({ type, payload }, SENDERS.extension);
const fromContent = (type: string, payload: unknown) => route({ type, payload }, SENDERS.content);

beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase(`settings-writer-${crypto.randomUUID()}`);
  route = createRouter(createHandlers({ db, now: () => clock }), TEST_EXTENSION);
  unguard = guardSettingsMirror(settingsOwner(db));
});

afterEach(async () => {
  unguard();
  await settingsOwner(db).current(); // what the guard had queued is done before the database goes
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});

const stored = async () => (await browser.storage.local.get('settings')).settings as Record<string, unknown>;

describe('a compromised content script and the settings', () => {
  it('cannot save settings through the background', async () => {
    expect(await fromContent('settings/save', { change: { storeExcerpts: true } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await settingsOwner(db).current()).storeExcerpts).toBe(false);
  });

  it('writing storage directly changes nothing the background decides, and storage is put back', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fromPage('settings/save', { change: { weakTieDays: 90 } });
    // What a content script can do with the API Chrome gives it: switch excerpts on, capture back on, …
    await browser.storage.local.set({
      settings: { ...(await stored()), storeExcerpts: true, readConversations: true, weakTieDays: 7 },
    });
    await vi.waitFor(async () =>
      expect(await stored()).toMatchObject({ storeExcerpts: false, weakTieDays: 90 }),
    );
    // … or remove the settings, or an old version number to replay a migration.
    await browser.storage.local.remove('settings');
    await vi.waitFor(async () => expect((await stored())?.weakTieDays).toBe(90));
    await browser.storage.local.set({ settingsVersion: 1 });
    await vi.waitFor(async () =>
      expect((await browser.storage.local.get('settingsVersion')).settingsVersion).toBe(2),
    );
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, weakTieDays: 90 });

    // And a message it then sends is recorded as the user's own settings say: without its words.
    await browser.storage.local.set({ settings: { ...(await stored()), storeExcerpts: true } });
    const sent = await fromContent('message/sent', {
      recipient: { profileId: 'ada-example', name: 'Ada Example' },
      text: 'I will send you the deck by Friday.',
      kind: 'message',
      at: clock - 1000,
    });
    expect(sent).toMatchObject({ ok: true });
    expect(JSON.stringify([await db.interactions.toArray(), await db.commitments.toArray()])).not.toMatch(
      /deck/,
    );
  });

  it('cannot record a profile when the user switched capture off, whatever storage says', async () => {
    await fromPage('settings/save', { change: { captureProfiles: false } });
    await browser.storage.local.set({ settings: { ...(await stored()), captureProfiles: true } });
    const captured = await fromContent('profile/captured', {
      publicId: 'ada-example',
      profileUrl: 'https://www.linkedin.com/in/ada-example/',
      name: 'Ada Example',
    });
    expect(captured).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.contacts.count()).toBe(0);
  });

  it('may only add one entry to the ignored-hint or dismissed-box list', async () => {
    expect(await fromContent('settings/remember', { list: 'dismissedBoxes', key: 'messaging:ada' })).toEqual({
      ok: true,
      value: {},
    });
    expect(
      await fromContent('settings/remember', { list: 'ignoredHints', key: 'tone:hedging:1a2b' }),
    ).toEqual({
      ok: true,
      value: {},
    });
    for (const payload of [
      { list: 'storeExcerpts', key: 'true' },
      { list: 'ignoredHints', key: 'x'.repeat(201) },
      { list: 'dismissedBoxes', key: 'messaging:bo', storeExcerpts: true },
    ])
      expect(await fromContent('settings/remember', payload)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    expect(await settingsOwner(db).current()).toEqual({
      ...DEFAULT_SETTINGS,
      dismissedBoxes: ['messaging:ada'],
      ignoredHints: ['tone:hedging:1a2b'],
    });
  });
});

describe('saving from Rapport pages', () => {
  it('saves known fields only, each valid, and never resets a field the change does not name', async () => {
    await fromPage('settings/save', { change: { hideBadge: true } });
    for (const change of [
      { weakTieDays: 0 },
      { notASetting: 1 },
      { storeExcerpts: 'yes' },
      { hideBadge: undefined },
    ])
      expect(await fromPage('settings/save', { change })).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    expect(await fromPage('settings/save', { change: { weakTieDays: 90 } })).toMatchObject({
      ok: true,
      value: { hideBadge: true, weakTieDays: 90 },
    });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, hideBadge: true, weakTieDays: 90 });
  });

  it('loses no change when two pages save different fields at once', async () => {
    const twoPages = [
      fromPage('settings/save', { change: { weakTieDays: 90 } }),
      fromPage('settings/save', { change: { storeExcerpts: true } }),
      fromPage('settings/remember', { list: 'dismissedBoxes', key: 'x' }).catch(() => null),
      fromPage('settings/save', { change: { hideBadge: true } }),
      fromPage('settings/save', { change: { defaultCadenceDays: 30 } }),
      fromContent('settings/remember', { list: 'ignoredHints', key: 'tone:greeting:1' }),
    ];
    await Promise.all(twoPages);
    const expected = {
      weakTieDays: 90,
      storeExcerpts: true,
      hideBadge: true,
      defaultCadenceDays: 30,
      ignoredHints: ['tone:greeting:1'],
    };
    expect(await settingsOwner(db).current()).toMatchObject(expected);
    expect(await readSettings()).toMatchObject(expected);
  });

  it('takes storage handing the settings back with their keys in another order as the same (Chrome sorts them)', async () => {
    await fromPage('settings/save', { change: { weakTieDays: 90, tagCadences: { mentor: 30, alumni: 60 } } });
    const sorted = (value: unknown): unknown =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .reverse()
              .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
          )
        : value;
    const get = browser.storage.local.get.bind(browser.storage.local);
    vi.spyOn(browser.storage.local, 'get').mockImplementation((async (keys: never) =>
      sorted(await get(keys))) as typeof browser.storage.local.get);
    const set = vi.spyOn(browser.storage.local, 'set');
    // Otherwise every check would write the mirror again, and every write would bring another check.
    expect(await settingsOwner(db).restoreMirror()).toBe(false);
    expect(set).not.toHaveBeenCalled();
  });

  it('seeds its own copy from what storage held before this version, upgraded', async () => {
    unguard();
    await settingsOwner(db).current();
    db.close();
    await Dexie.delete(db.name);
    db = openDatabase(`settings-writer-${crypto.randomUUID()}`);
    await browser.storage.local.clear();
    await browser.storage.local.set({ settings: { weakTieDays: 90, disabledRules: ['weak-tie'] } });
    unguard = guardSettingsMirror(settingsOwner(db));
    await vi.waitFor(async () =>
      expect((await browser.storage.local.get('settingsVersion')).settingsVersion).toBe(2),
    );
    expect(await settingsOwner(db).current()).toMatchObject({
      weakTieDays: 90,
      disabledRules: ['queue:weak-tie'],
    });
  });
});
