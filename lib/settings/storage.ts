import { browser } from 'wxt/browser';
import type { Settings } from '../schema/settings';
import { migrateSettings, SETTINGS_VERSION } from './migrations';
import { validSettings } from './validate';

// Settings live under one storage.local key, read with the plain extension API: content scripts
// run on every LinkedIn page, and a storage wrapper library would add ~10 KB to each of them. The version of
// their shape sits beside them (as WXT's typed storage items keep theirs), so an old shape is upgraded on read.
// Every read then checks each field (./validate.ts): storage can hold anything, and one bad value must not blank
// a page. Only the background writes them (./owner.ts: its own copy in IndexedDB decides, storage mirrors it);
// pages save through the `settings/save` message (./save.ts).
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION_KEY = 'settingsVersion';

type Stored = { [SETTINGS_KEY]?: unknown; [SETTINGS_VERSION_KEY]?: unknown };

function upgrade(stored: Stored): Settings {
  const settings = stored[SETTINGS_KEY];
  const version = typeof stored[SETTINGS_VERSION_KEY] === 'number' ? stored[SETTINGS_VERSION_KEY] : undefined;
  const isObject = typeof settings === 'object' && settings !== null && !Array.isArray(settings);
  return validSettings(isObject ? migrateSettings(settings as Record<string, unknown>, version) : settings);
}

const readStored = () => browser.storage.local.get([SETTINGS_KEY, SETTINGS_VERSION_KEY]) as Promise<Stored>;

/** Settings as stored, upgraded from older versions, each field checked: defaults fill or replace what is unusable. */
export async function readSettings(): Promise<Settings> {
  return upgrade(await readStored());
}

/** A read of the settings asked for by a page's first script, and whether they changed since (then it is stale). */
interface EarlyRead {
  stored: Promise<Stored>;
  changed: boolean;
  stopWatching: () => void;
}

declare global {
  // Each of a page's scripts has its own copy of this module: the early read is handed over on the global object.
  var rapportEarlySettings: EarlyRead | undefined;
}

/**
 * Asks storage for the settings from a tiny script at the top of a page's HTML (the side panel's: entrypoints/
 * sidepanel-early.ts), for readSettingsAskedEarly to take in a later script: its queue waits for them.
 */
export function askSettingsEarly() {
  const early: EarlyRead = { stored: readStored(), changed: false, stopWatching: () => undefined };
  early.stored.catch(() => undefined);
  // A change saved between this read and the taker's watch (watchSettings) would be missed: the taker reads again.
  early.stopWatching = watchStored(() => {
    early.changed = true;
  });
  globalThis.rapportEarlySettings = early;
}

/** The settings asked for early (askSettingsEarly), once, unless they changed since; otherwise read now. */
export async function readSettingsAskedEarly(): Promise<Settings> {
  const early = globalThis.rapportEarlySettings;
  globalThis.rapportEarlySettings = undefined;
  early?.stopWatching();
  return early && !early.changed ? upgrade(await early.stored) : readSettings();
}

/** Calls back with what storage holds whenever the settings in it change; returns the unsubscribe. */
function watchStored(onChange: (stored: Stored) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    onChange({
      [SETTINGS_KEY]: change.newValue,
      [SETTINGS_VERSION_KEY]: changes[SETTINGS_VERSION_KEY]?.newValue ?? SETTINGS_VERSION,
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls back with the new settings whenever any extension page saves them; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchStored((stored) => onChange(upgrade(stored)));
}

// Content scripts read the mirror as it is, each field checked but not upgraded: the background saves it in
// today's shape as it starts (./owner.ts, guardSettingsMirror), before any page loaded after an update can run one,
// and carrying every upgrade step onto every LinkedIn page costs ~0.8 KB per script. A mirror of an older shape
// (a worker that has not started yet) reads with what still checks; the background's rewrite then reaches
// watchers.

/** The settings mirror, each field checked (for content scripts; see above). */
export async function readSettingsMirror(): Promise<Settings> {
  return validSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Calls back with the settings mirror, each field checked, whenever it changes; returns the unsubscribe. */
export function watchSettingsMirror(onChange: (settings: Settings) => void): () => void {
  return watchStored((stored) => onChange(validSettings(stored[SETTINGS_KEY])));
}
