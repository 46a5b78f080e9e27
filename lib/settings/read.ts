import { browser } from 'wxt/browser';
import type { Settings } from '../schema/settings';
import { DEFAULT_SETTINGS } from './defaults';

// The storage.local key that `settingsItem` ('local:settings') writes. Content scripts read it directly:
// WXT's storage wrapper would add ~10 KB to bundles that run on every LinkedIn page.
const KEY = 'settings';

/** Settings with defaults filled in for fields added after the user last saved. */
export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
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
