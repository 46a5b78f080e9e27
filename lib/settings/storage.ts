import { browser } from 'wxt/browser';
import type { Settings } from '../schema/settings';
import { validSettings } from './validate';

// Settings live under one storage.local key, read and written with the plain extension API: content scripts
// run on every LinkedIn page, and a storage wrapper library would add ~10 KB to each of them.
const KEY = 'settings';

/** Settings as stored, each field checked: defaults fill fields added since, and replace any unusable one. */
export async function readSettings(): Promise<Settings> {
  return validSettings((await browser.storage.local.get(KEY))[KEY]);
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
    await browser.storage.local.set({ [KEY]: { ...(await readSettings()), ...change } });
  });
}

/** Calls back with the new settings whenever any extension page saves them; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change) onChange(validSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
