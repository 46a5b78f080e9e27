import Dexie, { type ObservabilitySet } from 'dexie';
import type { RapportDatabase } from '../db/database';
import { onNetworkDataWritten } from '../db/network-stale-middleware';
import { loadNetworkState, networkDataPages } from '../db/queries/network-data';
import { settingsOwner } from '../settings/owner';
import { NetworkDrawing } from '../social/network';
import { NETWORK_CHANGED_CHANNEL, PICTURE_KEY, type StoredPicture } from '../social/network-snapshot';
import type { HandlerContext } from './context';

/** A write this big (an import's batch, a restore) has the picture drawn again at once, if anyone uses it. */
const BIG_WRITE_ROWS = 200;
/** Quiet time after a big write before drawing: an import writes in many batches. */
export const SETTLE_MS = 3_000;

export interface NetworkKeeper {
  /**
   * Draws the picture of the moment `at` (the worker's clock by default) from the data as it is now and stores it;
   * one drawing at a time, shared by every caller.
   */
  draw(at?: number): Promise<StoredPicture>;
  /**
   * Draws again after big writes in this context (while a picture is stored), and tells the network page when the
   * `network` rows change (it reads them without Dexie, so it learns of changes from here). Returns the stop.
   */
  watch(): () => void;
}

/**
 * The network view's picture, drawn here in the background (off the page's thread: the page reads one row and is
 * on screen at once) and kept: after an import or a restore, and whenever the page finds it out of date.
 */
function networkKeeper({ db, now }: Pick<HandlerContext, 'db' | 'now'>): NetworkKeeper {
  let drawing: Promise<StoredPicture> | null = null;

  const drawNow = async (at: number): Promise<StoredPicture> => {
    // Before the first page is read: a write marked later may be missing from it, one marked earlier is in it.
    const readAt = Date.now();
    const tieDays = (await settingsOwner(db).current()).weakTieDays;
    // A page at a time, each counted as it arrives: the worker answers messages between pages instead of
    // waiting out a whole drawing (tens of seconds at 50,000 people on a loaded machine).
    const counted = new NetworkDrawing(at, tieDays);
    for await (const page of networkDataPages(db, at)) {
      if ('interactions' in page) counted.addExchanges(page.interactions);
      else counted.addPeople(page.contacts);
    }
    const stored: StoredPicture = {
      key: PICTURE_KEY,
      picture: counted.finish(),
      drawnFor: at,
      readAt,
      weakTieDays: tieDays,
    };
    await db.transaction('rw', db.network, async () => {
      // Someone deleted while it was read may be named in it: the next drawing stores one without them.
      const { removedAt } = await loadNetworkState(db);
      if (removedAt === undefined || removedAt < readAt) await db.network.put(stored);
    });
    return stored;
  };

  const draw = (at = now()) => {
    drawing ??= drawNow(at).finally(() => {
      drawing = null;
    });
    return drawing;
  };

  const watch = () => {
    const changes = new BroadcastChannel(NETWORK_CHANGED_CHANNEL);
    const networkRows = `idb://${db.name}/network/`;
    // After the write has committed, so a page that reads on the message sees it.
    const announce = (parts: ObservabilitySet) => {
      if (Object.keys(parts).some((part) => part.startsWith(networkRows))) changes.postMessage('changed');
    };
    Dexie.on('storagemutated', announce);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onNetworkDataWritten((rows) => {
      if (rows < BIG_WRITE_ROWS && timer === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(async () => {
        timer = undefined;
        // Nobody has opened the view: no need to spend the worker's time on it.
        if (!(await db.network.get(PICTURE_KEY))) return;
        await draw().catch((error: unknown) => console.warn('Rapport network picture', error));
      }, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
      Dexie.on.storagemutated.unsubscribe(announce);
      changes.close();
    };
  };

  return { draw, watch };
}

const keepers = new WeakMap<RapportDatabase, NetworkKeeper>();

/** The one keeper of a database, shared by its handler and the background's watch. */
export function networkKeeperOf(context: Pick<HandlerContext, 'db' | 'now'>): NetworkKeeper {
  let keeper = keepers.get(context.db);
  if (!keeper) {
    keeper = networkKeeper(context);
    keepers.set(context.db, keeper);
  }
  return keeper;
}
