import { browser } from 'wxt/browser';
import type { Settings } from '../schema/settings';
import { migrateSettings, SETTINGS_VERSION } from './migrations';
import { validSettings } from './validate';

// Settings live under one storage.local key, read and written with the plain extension API: content scripts
// run on every LinkedIn page, and a storage wrapper library would add ~10 KB to each of them. The version of
// their shape sits beside them (as WXT's typed storage items keep theirs), so an old shape is upgraded on read.
// Every read then checks each field (./validate.ts): storage can hold anything, and one bad value must not blank
// a page.
const KEY = 'settings';
const VERSION_KEY = 'settingsVersion';

type Stored = { [KEY]?: unknown; [VERSION_KEY]?: unknown };

function upgrade(stored: Stored): Settings {
  const settings = stored[KEY];
  const version = typeof stored[VERSION_KEY] === 'number' ? stored[VERSION_KEY] : undefined;
  const isObject = typeof settings === 'object' && settings !== null && !Array.isArray(settings);
  return validSettings(isObject ? migrateSettings(settings as Record<string, unknown>, version) : settings);
}

/** Settings as stored, upgraded from older versions, each field checked: defaults fill or replace what is unusable. */
export async function readSettings(): Promise<Settings> {
  return upgrade((await browser.storage.local.get([KEY, VERSION_KEY])) as Stored);
}

const LOCK = 'rapport:settings';
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs one read-modify-write at a time. Within a context a queue orders them; across Rapport's own pages and its
 * worker (one origin) a Web Lock does. A content script takes no lock: its origin's locks are LinkedIn's, which
 * the page could hold forever to stop our saves; its only writes are the ignored-hint and dismissed-box lists.
 */
function oneAtATime(write: () => Promise<void>): Promise<void> {
  const locks = /^(chrome|moz)-extension:$/.test(globalThis.location?.protocol ?? '')
    ? globalThis.navigator?.locks
    : undefined;
  const run: Promise<void> = queue.then(async () => {
    if (locks) await locks.request(LOCK, write);
    else await write();
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Saves a change to some settings, keeping the rest as they are now — even when another page saves at once. */
export function updateSettings(change: Partial<Settings>): Promise<void> {
  return oneAtATime(async () => {
    await browser.storage.local.set({
      [KEY]: { ...(await readSettings()), ...change },
      [VERSION_KEY]: SETTINGS_VERSION,
    });
  });
}

/** Saves stored settings of an older version in today's shape (the background worker does it once on start). */
export function upgradeStoredSettings(): Promise<void> {
  return oneAtATime(async () => {
    const stored = (await browser.storage.local.get([KEY, VERSION_KEY])) as Stored;
    if (!stored[KEY] || stored[VERSION_KEY] === SETTINGS_VERSION) return;
    await browser.storage.local.set({ [KEY]: upgrade(stored), [VERSION_KEY]: SETTINGS_VERSION });
  });
}

/** Calls back with the new settings whenever any extension page saves them; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area !== 'local' || !change) return;
    onChange(
      upgrade({ [KEY]: change.newValue, [VERSION_KEY]: changes[VERSION_KEY]?.newValue ?? SETTINGS_VERSION }),
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
