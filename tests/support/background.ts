import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HandlerContext } from '../../lib/background/context';
import { createHandlers } from '../../lib/background/handlers';
import { openDatabase, type RapportDatabase } from '../../lib/db/database';
import { routeAsAllowedSender } from './senders';

/**
 * The background as WXT's in-memory browser runs it for a component or unit test: its handlers over a fresh
 * database answer `browser.runtime.sendMessage`. Call after `fakeBrowser.reset()`, which removes listeners.
 */
export function serveBackground(now: () => number = Date.now): RapportDatabase {
  const { db, route } = freshHandlers({ now });
  // As the real background answers: through sendResponse, keeping the channel open (the fake needs `true`).
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
      void route(message).then(sendResponse);
      return true;
    },
  );
  return db;
}

/** The background's handlers over a fresh database, answering as they would an allowed sender (a test's beforeEach). */
export function freshHandlers(context: Omit<HandlerContext, 'db'>) {
  const db = openDatabase(`rapport-test-handlers-${crypto.randomUUID()}`);
  return { db, route: routeAsAllowedSender(createHandlers({ ...context, db })) };
}

/** Closes and deletes a test's database (a test's afterEach). */
export async function deleteDatabase(db: RapportDatabase): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}
