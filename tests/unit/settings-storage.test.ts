import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase, type RapportDatabase } from '../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { migrateSettings, SETTINGS_VERSION } from '../../lib/settings/migrations';
import { settingsOwner } from '../../lib/settings/owner';
import {
  askSettingsEarly,
  readSettings,
  readSettingsAskedEarly,
  readSettingsMirror,
  watchSettings,
  watchSettingsMirror,
} from '../../lib/settings/storage';

let db: RapportDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  globalThis.rapportEarlySettings = undefined;
  vi.restoreAllMocks();
  db = openDatabase(`settings-storage-${crypto.randomUUID()}`);
});
// The background's saves (lib/settings/owner.ts): its own copy, mirrored to the storage every context reads.
const updateSettings = (change: Parameters<ReturnType<typeof settingsOwner>['save']>[0]) =>
  settingsOwner(db).save(change);

it('reads defaults before anything is saved', async () => {
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
});

it('keeps what is not changed, and tells watchers until they unsubscribe', async () => {
  const heard: boolean[] = [];
  const unwatch = watchSettings((settings) => heard.push(settings.captureProfiles));
  await updateSettings({ captureProfiles: false, weakTieDays: 90 });
  expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, captureProfiles: false, weakTieDays: 90 });
  expect(heard).toEqual([false]);
  unwatch();
  await updateSettings({ captureProfiles: true });
  expect(heard).toEqual([false]);
});

describe('settings saved by version 1 (bare rule ids)', () => {
  const v1 = {
    weakTieDays: 90,
    disabledRules: ['ask-before-give', 'weak-tie', 'shouting', 'a-rule-since-removed'],
  };

  it('reads them with namespaced keys: the shared id keeps both rules off, as the one switch did', async () => {
    await fakeBrowser.storage.local.set({ settings: v1 });
    const settings = await readSettings();
    expect(settings.weakTieDays).toBe(90);
    expect([...settings.disabledRules].sort()).toEqual([
      'nudge:ask-before-give',
      'queue:weak-tie',
      'tone:ask-before-give',
      'tone:shouting',
    ]);
  });

  it('are saved upgraded once by the background worker, and upgrading again changes nothing', async () => {
    await fakeBrowser.storage.local.set({ settings: v1 });
    expect(await settingsOwner(db).restoreMirror()).toBe(true);
    const once = (await fakeBrowser.storage.local.get(['settings', 'settingsVersion'])) as {
      settings: { disabledRules: string[] };
      settingsVersion: number;
    };
    expect(once.settingsVersion).toBe(SETTINGS_VERSION);
    expect(once.settings.disabledRules).toContain('tone:ask-before-give');
    expect(await settingsOwner(db).restoreMirror()).toBe(false);
    expect(await fakeBrowser.storage.local.get(['settings', 'settingsVersion'])).toEqual(once);
    expect((await readSettings()).disabledRules).toEqual(once.settings.disabledRules);
  });

  it('switching one rule back on after the upgrade leaves the rule of the same id alone', async () => {
    await fakeBrowser.storage.local.set({ settings: v1 });
    const { disabledRules } = await readSettings();
    await updateSettings({ disabledRules: disabledRules.filter((key) => key !== 'tone:ask-before-give') });
    const after = await readSettings();
    expect(after.disabledRules).toContain('nudge:ask-before-give');
    expect(after.disabledRules).not.toContain('tone:ask-before-give');
  });

  // Content scripts carry no upgrade steps: they read the mirror, which the background rewrites as it starts.
  it('content scripts read them upgraded once the background has started, and hear the rewrite', async () => {
    await fakeBrowser.storage.local.set({ settings: v1 });
    // Before the worker started: what still checks (the days), not the bare ids.
    const early = await readSettingsMirror();
    expect(early.weakTieDays).toBe(90);
    expect(early.disabledRules).toEqual([]);
    const heard: string[][] = [];
    watchSettingsMirror((settings) => heard.push([...settings.disabledRules].sort()));
    await settingsOwner(db).restoreMirror();
    const expected = ['nudge:ask-before-give', 'queue:weak-tie', 'tone:ask-before-give', 'tone:shouting'];
    expect(heard).toEqual([expected]);
    expect(await readSettingsMirror()).toEqual(await readSettings());
  });

  it('an upgrade does not touch settings already of today', async () => {
    const today = { disabledRules: ['tone:greeting'] };
    await fakeBrowser.storage.local.set({ settings: today, settingsVersion: SETTINGS_VERSION });
    expect(migrateSettings(today, SETTINGS_VERSION)).toBe(today);
    expect((await readSettings()).disabledRules).toEqual(['tone:greeting']);
  });
});

// The side panel asks for them from its first bytes (entrypoints/sidepanel-early.ts); its first step takes that read.
describe('settings asked for early', () => {
  it('takes the read asked for early, once, instead of asking storage again', async () => {
    await updateSettings({ weakTieDays: 120 });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    askSettingsEarly();
    expect((await readSettingsAskedEarly()).weakTieDays).toBe(120);
    expect(get).toHaveBeenCalledTimes(1);
    await readSettingsAskedEarly();
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('reads again when they were saved after the early read was asked for', async () => {
    await updateSettings({ weakTieDays: 120 });
    askSettingsEarly();
    // Answered before the save: what it holds is stale.
    await globalThis.rapportEarlySettings?.stored;
    await updateSettings({ weakTieDays: 45 });
    expect((await readSettingsAskedEarly()).weakTieDays).toBe(45);
  });

  it('reads them now on a page that asked for nothing early', async () => {
    await updateSettings({ weakTieDays: 60 });
    expect((await readSettingsAskedEarly()).weakTieDays).toBe(60);
  });
});
