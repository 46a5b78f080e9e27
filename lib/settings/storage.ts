import { browser } from 'wxt/browser';
import type { Settings } from '../schema/settings';
import { DEFAULT_SETTINGS } from './defaults';
import { migrateSettings, SETTINGS_VERSION } from './migrations';

// Settings live under one storage.local key, read and written with the plain extension API: content scripts
// run on every LinkedIn page, and a storage wrapper library would add ~10 KB to each of them. The version of
// their shape sits beside them (as WXT's typed storage items keep theirs), so an old shape is upgraded on read.
const KEY = 'settings';
const VERSION_KEY = 'settingsVersion';

type Stored = { [KEY]?: Record<string, unknown>; [VERSION_KEY]?: number };

function upgrade(stored: Stored): Partial<Settings> {
  const settings = stored[KEY];
  return settings ? (migrateSettings(settings, stored[VERSION_KEY]) as Partial<Settings>) : {};
}

/** Settings with defaults filled in for fields added after the user last saved, upgraded from older versions. */
export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...upgrade((await browser.storage.local.get([KEY, VERSION_KEY])) as Stored) };
}

/** Saves a change to some settings, keeping the rest as they are now. */
export async function updateSettings(change: Partial<Settings>): Promise<void> {
  await browser.storage.local.set({
    [KEY]: { ...(await readSettings()), ...change },
    [VERSION_KEY]: SETTINGS_VERSION,
  });
}

/** Saves stored settings of an older version in today's shape (the background worker does it once on start). */
export async function upgradeStoredSettings(): Promise<void> {
  const stored = (await browser.storage.local.get([KEY, VERSION_KEY])) as Stored;
  if (!stored[KEY] || stored[VERSION_KEY] === SETTINGS_VERSION) return;
  await browser.storage.local.set({ [KEY]: upgrade(stored), [VERSION_KEY]: SETTINGS_VERSION });
}

/** Calls back with the new settings whenever any extension page saves them; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area !== 'local' || !change) return;
    const version = (changes[VERSION_KEY]?.newValue as number | undefined) ?? SETTINGS_VERSION;
    onChange({
      ...DEFAULT_SETTINGS,
      ...upgrade({ [KEY]: change.newValue as Stored[typeof KEY], [VERSION_KEY]: version }),
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
