import { storage } from 'wxt/utils/storage';
import type { Settings } from '../schema/settings';
import { DEFAULT_SETTINGS } from './defaults';
import { readSettings } from './read';

/** The user's settings (see lib/schema/settings.ts for what each field means), in extension storage. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export { readSettings };

/** Saves a change to some settings, keeping the rest as they are now. */
export async function updateSettings(change: Partial<Settings>): Promise<void> {
  await settingsItem.setValue({ ...(await readSettings()), ...change });
}
