import { followReads } from './follow-reads';
import { DATABASE_NAME } from './name';

/**
 * Dexie (4.x) posts what every committed write changed on this channel, to every context of the extension's
 * origin (the background, its import worker, every page) including the writer's own: keys like
 * `idb://rapport/contacts/lastInteractionAt`. Listening to it needs no Dexie, so a page that reads without Dexie
 * still learns of every write, whoever made it. tests/unit/db/store-changes.test.ts fails if Dexie renames it.
 */
const DEXIE_CHANGES_CHANNEL = 'x-storagemutated-1';

/** Calls `changed` after each committed write to one of these stores; returns the stop. */
export function onStoresChanged(
  stores: readonly string[],
  changed: () => void,
  name: string = DATABASE_NAME,
): () => void {
  const prefixes = stores.map((store) => `idb://${name}/${store}/`);
  const channel = new BroadcastChannel(DEXIE_CHANGES_CHANNEL);
  // Node's channel (tests) would keep the process alive; browsers have no unref.
  (channel as { unref?: () => void }).unref?.();
  channel.onmessage = ({ data }: MessageEvent<unknown>) => {
    if (typeof data !== 'object' || data === null) return;
    if (Object.keys(data).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) changed();
  };
  return () => channel.close();
}

/** Reads now and after each write to one of these stores (./follow-reads.ts); returns the stop. */
export function followStores<T>(
  stores: readonly string[],
  read: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  return followReads(read, (changed) => onStoresChanged(stores, changed), onValue, onError);
}
