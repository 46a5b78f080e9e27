import { browser } from 'wxt/browser';
import type { Settings } from '../schema/settings';
import { DEFAULT_SETTINGS } from './defaults';

// Settings live under one storage.local key, read and written with the plain extension API: content scripts
// run on every LinkedIn page, and a storage wrapper library would add ~10 KB to each of them.
const KEY = 'settings';

/** Settings with defaults filled in for fields added after the user last saved. */
export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** Saves a change to some settings, keeping the rest as they are now. */
export async function updateSettings(change: Partial<Settings>): Promise<void> {
  await browser.storage.local.set({ [KEY]: { ...(await readSettings()), ...change } });
}

/** Calls back with the new settings whenever any extension page saves them; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change)
      onChange({ ...DEFAULT_SETTINGS, ...(change.newValue as Partial<Settings>) });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
