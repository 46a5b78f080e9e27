import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { keepBadgeCurrent } from '../lib/background/alarms';
import { createHandlers } from '../lib/background/handlers';
import { networkKeeperOf } from '../lib/background/network-keeper';
import { keepRetryingUnsaved } from '../lib/background/retry-unsaved';
import { wireSurfaces } from '../lib/background/surfaces';
import { guardWaitingCount } from '../lib/background/unsaved-captures';
import { openDatabase } from '../lib/db/database';
import { reindexSearchWords } from '../lib/db/reindex-search-words';
import { createRouter } from '../lib/protocol/router';
import { guardSettingsMirror, settingsOwner } from '../lib/settings/owner';
import { toneWeightsReady } from '../lib/tone/model/models';

/**
 * Work that may read the tone models (a handler, a replayed capture) runs once their weights are loaded: a packaged
 * file fetched on the worker's start, not part of this script. If the load fails, the work runs anyway: what needs
 * the models fails with a clear error, everything else is served, and the next message tries the load again.
 */
const afterToneWeights = <T>(work: () => Promise<T>): Promise<T> =>
  toneWeightsReady()
    .catch((error: unknown) => console.warn('Rapport tone weights', error))
    .then(work);

/** A number kept under one key of extension storage. */
const storedMarker = (key: string) => ({
  get: async () => (await browser.storage.local.get(key))[key] as number | undefined,
  set: (version: number) => browser.storage.local.set({ [key]: version }),
});

// The only writer of IndexedDB. It keeps nothing in memory that is not in storage, so the browser may stop it anytime.
export default defineBackground(() => {
  const db = openDatabase();
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const context = { db, now: Date.now };
  const handlers = createHandlers(context);
  const route = createRouter(handlers, self);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    afterToneWeights(() => route(message, sender)).then(sendResponse);
    return true;
  });
  wireSurfaces();
  guardSettingsMirror(settingsOwner(db));
  guardWaitingCount();
  void reindexSearchWords(db, storedMarker('searchWordsVersion')).catch((error: unknown) =>
    console.warn('Rapport search index', error),
  );
  void keepBadgeCurrent(db);
  networkKeeperOf(context).watch();
  void keepRetryingUnsaved(() => afterToneWeights(() => handlers['captures/retry']({}, {})));
});
