import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../lib/background/handlers';
import { openDatabase, type RapportDatabase } from '../../lib/db/database';
import { routeAsAllowedSender } from './senders';

/**
 * The background as WXT's in-memory browser runs it for a component or unit test: its handlers over a fresh
 * database answer `browser.runtime.sendMessage`. Call after `fakeBrowser.reset()`, which removes listeners. `name`:
 * the extension's own (lib/db/name.ts) for a page that reads IndexedDB itself (lib/db/read-store.ts).
 */
export function serveBackground(
  now: () => number = Date.now,
  name = `rapport-test-background-${crypto.randomUUID()}`,
): RapportDatabase {
  const db = openDatabase(name);
  const route = routeAsAllowedSender(createHandlers({ db, now }));
  // As the real background answers: through sendResponse, keeping the channel open (the fake needs `true`).
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
      void route(message).then(sendResponse);
      return true;
    },
  );
  return db;
}
