import Dexie from 'dexie';
import type { Interaction } from '../../schema/interaction';
import type { RapportDatabase } from '../database';
import { entriesOf } from '../imported-threads';
import { THREAD_TABLE, threadOf } from '../thread-store';

/**
 * The rows logged or captured live with one person, oldest first, through [contactId+at] (there is no contactId
 * index of its own). Their imported history is in their thread: `historyOf` reads both.
 */
export const loggedHistoryOf = (db: RapportDatabase, contactId: string) =>
  db.interactions.where('[contactId+at]').between([contactId, Dexie.minKey], [contactId, Dexie.maxKey]);

const byTime = (a: Interaction, b: Interaction) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One person's whole history, oldest first: what was logged or captured live and what was imported
 * (lib/db/imported-threads.ts). With `latest`, only the latest that many (a timeline, a ranking), still oldest first.
 */
export async function historyOf(
  db: RapportDatabase,
  contactId: string,
  latest?: number,
): Promise<Interaction[]> {
  return db.transaction('r', db.interactions, THREAD_TABLE, async () => {
    const logged = loggedHistoryOf(db, contactId);
    const [rows, thread] = await Promise.all([
      latest === undefined ? logged.toArray() : logged.reverse().limit(latest).toArray(),
      threadOf(db, contactId),
    ]);
    const all = [...rows, ...entriesOf(thread)].sort(byTime);
    return latest === undefined ? all : all.slice(-latest);
  });
}
