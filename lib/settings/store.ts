import { storage } from 'wxt/utils/storage';
import type { Settings } from '../schema/settings';
import { DEFAULT_SETTINGS } from './defaults';

/** The user's settings (see lib/schema/settings.ts for what each field means), in extension storage. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings with defaults filled in for fields added after the user last saved. */
export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}
