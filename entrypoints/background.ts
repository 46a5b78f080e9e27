import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { keepQueueCurrent } from '../lib/background/alarms';
import { createHandlers } from '../lib/background/handlers';
import { networkKeeperOf } from '../lib/background/network-keeper';
import { keepRetryingUnsaved } from '../lib/background/retry-unsaved';
import { wireSurfaces } from '../lib/background/surfaces';
import { guardWaitingCount } from '../lib/background/unsaved-captures';
import { openDatabase } from '../lib/db/database';
import { reindexSearchWords } from '../lib/db/reindex-search-words';
import { createRouter } from '../lib/protocol/router';
import { guardSettingsMirror, settingsOwner } from '../lib/settings/owner';

/** A number kept under one key of extension storage. */
const storedMarker = (key: string) => ({
  get: async () => (await browser.storage.local.get(key))[key] as number | undefined,
  set: (version: number) => browser.storage.local.set({ [key]: version }),
});

// The only writer of user data in IndexedDB (the import's worker fills the staging table, which the import's commit
// here checks and applies: lib/import/worker-staging.ts). It keeps nothing in memory that is not in storage, so the browser may stop it anytime.
export default defineBackground(() => {
  const db = openDatabase();
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const context = { db, now: Date.now };
  const handlers = createHandlers(context);
  const route = createRouter(handlers, self);
  // Answered at once: only the handlers that read the tone models wait for their weights (../lib/background/after-tone-weights.ts).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
  wireSurfaces();
  guardSettingsMirror(settingsOwner(db));
  guardWaitingCount();
  void reindexSearchWords(db, storedMarker('searchWordsVersion')).catch((error: unknown) =>
    console.warn('Rapport search index', error),
  );
  void keepQueueCurrent(db);
  networkKeeperOf(context).watch();
  void keepRetryingUnsaved(() => handlers['captures/retry']({}, {}));
});
