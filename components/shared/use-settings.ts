import { useSyncExternalStore } from 'react';
import type { Settings } from '../../lib/schema/settings';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { readSettings, updateSettings, watchSettings } from '../../lib/settings/storage';
import { showToast } from './toast';

// One copy of the settings per extension page, shared by every component on it. A change the user makes shows
// at once (a controlled checkbox must not wait for storage to echo it back), then is saved.
let current: Settings = DEFAULT_SETTINGS;
let started = false;
const listeners = new Set<() => void>();

function publish(next: Settings) {
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!started) {
    started = true;
    readSettings().then(publish);
    watchSettings(publish);
  }
  return () => listeners.delete(listener);
}

/** The current settings, following changes made on this page or in any other extension page. */
export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, () => current);
}

/** Shows a change on this page at once, saves it for every other, and confirms it in the page's toast. */
export function saveSettings(change: Partial<Settings>): Promise<void> {
  publish({ ...current, ...change });
  return updateSettings(change).then(
    () => showToast({ text: 'Saved' }),
    (error: unknown) => {
      showToast({ text: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
      throw error;
    },
  );
}
