import type { Settings } from '../../lib/schema/settings';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { readSettingsAskedEarly, watchSettings } from '../../lib/settings/storage';

// One copy of the settings per extension page, shared by every component on it (./use-settings.ts: the hooks).
// No React here: the side panel reads them before React has loaded, to start its queue. A change the user makes
// shows at once (a controlled checkbox must not wait for storage to echo it back), then is saved.
let current: Settings = DEFAULT_SETTINGS;
/** Whether `current` is the user's settings yet, or only the defaults shown until storage answers. */
let loaded = false;
let started = false;
const listeners = new Set<() => void>();

/** Makes `next` the page's settings and tells every listener, unless nothing changed. */
export function publishSettings(next: Settings) {
  // A save elsewhere that changed nothing (or the echo of one) must not recompute what depends on the settings.
  if (loaded && JSON.stringify(next) === JSON.stringify(current)) return;
  current = next;
  loaded = true;
  for (const listener of listeners) listener();
}

/** Listens to the settings; the first listener has storage read and watched. Returns the unsubscribe. */
export function subscribeSettings(listener: () => void) {
  listeners.add(listener);
  if (!started) {
    started = true;
    // As asked for by the page's first script, if it did (the side panel: entrypoints/sidepanel-early.ts).
    readSettingsAskedEarly().then(publishSettings);
    watchSettings(publishSettings);
  }
  return () => listeners.delete(listener);
}

/** The page's settings: the defaults until storage has answered. */
export const currentSettings = () => current;

/** The user's settings once storage has answered, undefined before. */
export const loadedSettings = () => (loaded ? current : undefined);

/**
 * Calls back once with the user's settings, as soon as storage answers (at once if it has): for a page's work
 * started before React mounts (the side panel's queue), with the same object the hooks then return.
 */
export function whenSettingsLoaded(callback: (settings: Settings) => void) {
  if (loaded) return callback(current);
  const once = () => {
    unsubscribe();
    callback(current);
  };
  const unsubscribe = subscribeSettings(once);
}
