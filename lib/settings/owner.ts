import { browser } from 'wxt/browser';
import type { RapportDatabase } from '../db/database';
import type { Settings } from '../schema/settings';
import { sameJson } from '../text/canonical-json';
import { SETTINGS_VERSION } from './migrations';
import { readSettings, SETTINGS_KEY, SETTINGS_VERSION_KEY } from './storage';
import { validSettings } from './validate';

// The background is the settings' only writer (issue 11). Chrome and Firefox give every content script
// storage.local.set, and content scripts run in LinkedIn's renderer: what they can write cannot decide what Rapport
// keeps. So the background keeps its own copy in IndexedDB (which content scripts cannot reach), takes every
// privacy decision from it, saves the pages' changes into it (one at a time, so two pages saving at once lose
// nothing), and keeps storage as a mirror of it for pages and content scripts to read — put back whenever anything
// else changes it.

const ROW = 'settings';

/** One read-modify-write at a time, across every owner in this context (the background has one). */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

export function settingsOwner(db: RapportDatabase) {
  const own = async (): Promise<Settings> => {
    const row = await db.settings.get(ROW);
    if (row) return validSettings(row.value);
    // First start with this copy (a new install, or the upgrade to schema v10): what storage holds now, upgraded.
    const seeded = await readSettings();
    // A full disk must not stop a capture over this: the copy is seeded at the next chance.
    await db.settings
      .put({ key: ROW, value: seeded })
      .catch((error: unknown) => console.warn('Rapport: settings copy not saved yet', error));
    return seeded;
  };
  const mirror = (settings: Settings) =>
    browser.storage.local.set({ [SETTINGS_KEY]: settings, [SETTINGS_VERSION_KEY]: SETTINGS_VERSION });

  return {
    /** The settings as the user set them in Rapport's pages: the background's own copy. */
    current: () => oneAtATime(own),
    /**
     * Saves a change (already checked against the schema) on top of the settings as they are now; `change` may be
     * worked out from them, within the same step.
     */
    save: (change: Partial<Settings> | ((now: Settings) => Partial<Settings>)) =>
      oneAtATime(async () => {
        const now = await own();
        const next = validSettings({ ...now, ...(typeof change === 'function' ? change(now) : change) });
        await db.settings.put({ key: ROW, value: next });
        await mirror(next);
        return next;
      }),
    /** Puts storage's copy back to the own one when anything else changed it; true when it had to. */
    restoreMirror: () =>
      oneAtATime(async () => {
        const settings = await own();
        const stored = await browser.storage.local.get([SETTINGS_KEY, SETTINGS_VERSION_KEY]);
        if (stored[SETTINGS_VERSION_KEY] === SETTINGS_VERSION && sameJson(stored[SETTINGS_KEY], settings))
          return false;
        await mirror(settings);
        // Nothing stored yet (a new install) is not a change to put back.
        return stored[SETTINGS_KEY] !== undefined;
      }),
  };
}
export type SettingsOwner = ReturnType<typeof settingsOwner>;

/**
 * Keeps storage's settings equal to the background's copy: on start (which also saves an older shape in today's)
 * and after every change to them that the background did not make. Returns the unsubscribe.
 */
export function guardSettingsMirror(owner: SettingsOwner): () => void {
  const restore = () =>
    owner.restoreMirror().then(
      (restored) => restored && console.warn('Rapport: stored settings differed from its own; put back'),
      (error: unknown) => console.warn('Rapport: settings not put back', error),
    );
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (SETTINGS_KEY in changes || SETTINGS_VERSION_KEY in changes)) void restore();
  };
  browser.storage.onChanged.addListener(listener);
  void restore();
  return () => browser.storage.onChanged.removeListener(listener);
}
