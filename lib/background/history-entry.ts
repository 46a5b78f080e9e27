import type { RapportDatabase } from '../db/database';
import { entriesOf, type ImportedThread, threadReplacing } from '../db/imported-threads';
import { deleteThreads, putThreads, threadOf } from '../db/thread-store';
import type { Interaction } from '../schema/interaction';

/** An entry of someone's history: a logged row, or an entry of their imported thread (which holds it). */
export interface HistoryEntry {
  row: Interaction;
  thread?: ImportedThread;
}

/** The entry `id`: a logged row, else (given whose it is) an entry of that person's imported thread. */
export async function historyEntry(
  db: RapportDatabase,
  id: string,
  contactId: string | undefined,
): Promise<HistoryEntry | null> {
  const row = await db.interactions.get(id);
  if (row) return { row };
  const thread = contactId === undefined ? undefined : await threadOf(db, contactId);
  const entry = entriesOf(thread).find((candidate) => candidate.id === id);
  return entry ? { row: entry, thread } : null;
}

/** Writes the entry as `row` (changed), or deletes it (null), where it is kept. */
export async function replaceEntry(db: RapportDatabase, entry: HistoryEntry, row: Interaction | null) {
  const { thread } = entry;
  if (!thread) {
    if (row) await db.interactions.put(row);
    else await db.interactions.delete(entry.row.id);
    return;
  }
  const replaced = threadReplacing(thread, entry.row.id, row);
  if (replaced) await putThreads(db, [replaced]);
  else await deleteThreads(db, [thread.contactId]);
}
