import { useSyncExternalStore } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';
import type { Settings } from '../../lib/schema/settings';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { readSettings, watchSettings } from '../../lib/settings/storage';
import { showToast } from './toast';

// One copy of the settings per extension page, shared by every component on it. A change the user makes shows
// at once (a controlled checkbox must not wait for storage to echo it back), then is saved.
let current: Settings = DEFAULT_SETTINGS;
/** Whether `current` is the user's settings yet, or only the defaults shown until storage answers. */
let loaded = false;
let started = false;
const listeners = new Set<() => void>();

function publish(next: Settings) {
  // A save elsewhere that changed nothing (or the echo of one) must not recompute what depends on the settings.
  if (loaded && JSON.stringify(next) === JSON.stringify(current)) return;
  current = next;
  loaded = true;
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

/**
 * Calls back once with the user's settings, as soon as storage answers (at once if it has): for a page's work
 * started before React mounts (the side panel's queue), with the same object the hooks below then return.
 */
export function whenSettingsLoaded(callback: (settings: Settings) => void) {
  if (loaded) return callback(current);
  const once = () => {
    unsubscribe();
    callback(current);
  };
  const unsubscribe = subscribe(once);
}

/** The current settings, following changes made on this page or in any other extension page. */
export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, () => current);
}

/**
 * The settings once storage has answered, undefined before: for work that depends on them and is costly to do
 * twice (the follow-up queue would otherwise be computed with the defaults, then again with the user's settings).
 */
export function useLoadedSettings(): Settings | undefined {
  return useSyncExternalStore(subscribe, () => (loaded ? current : undefined));
}

/**
 * Shows a change on this page at once, has the background save it (the settings' only writer, which applies
 * changes one at a time, so two pages saving at once lose nothing), and confirms it in the page's toast.
 */
export function saveSettings(change: Partial<Settings>): Promise<void> {
  publish({ ...current, ...change });
  return sendToBackground('settings/save', { change })
    .then((reply) => {
      if (!reply.ok) throw new Error(reply.error.message);
      publish(reply.value);
      showToast({ text: 'Saved' });
    })
    .catch((error: unknown) => {
      showToast({ text: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
      throw error;
    });
}
