import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { keepBadgeCurrent } from '../lib/background/alarms';
import { createHandlers } from '../lib/background/handlers';
import { openDatabase } from '../lib/db/database';
import { createRouter } from '../lib/protocol/router';
import { upgradeStoredSettings } from '../lib/settings/storage';

// The only writer of IndexedDB. It keeps nothing in memory that is not in storage, so the browser may stop it anytime.
export default defineBackground(() => {
  const db = openDatabase();
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const route = createRouter(createHandlers({ db, now: Date.now }), self);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    route(message, sender).then(sendResponse);
    return true;
  });
  void upgradeStoredSettings();
  void keepBadgeCurrent(db);
});
