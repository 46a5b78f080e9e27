import type { Interaction } from '../schema/interaction';

/**
 * What a person's imported history keeps of each interaction: all of it but the person and the source, which the
 * thread states once (an imported entry is `source: 'import'`, its contact the thread's).
 */
export type ThreadEntry = Omit<Interaction, 'contactId' | 'source'>;

/**
 * One person's imported history (connected, messages, invitations from LinkedIn's export) as ONE thread (schema
 * v16). IndexedDB in Chromium costs ~0.1 ms a row written with the interactions' indexes, so an export of 200,000
 * messages cannot be saved in under 20 s as one row each; the bench's export has ~7 a person. A thread was a row of
 * its own (v16–v19); from v20 the threads are kept a few hundred to a row (lib/db/thread-buckets.ts), read and
 * written through lib/db/thread-store.ts. What is logged or captured live stays one row each in `interactions`.
 */
export interface ImportedThread {
  contactId: string;
  /** The latest entry's time: the network view reads only the threads of people in touch within its window. */
  lastAt: number;
  /** Oldest first. */
  entries: ThreadEntry[];
}

/** Whether a row belongs in its person's imported thread rather than in `interactions`. */
export const isImportedRow = (interaction: Interaction): boolean => interaction.source === 'import';

export function entriesOf(thread: ImportedThread | undefined): Interaction[] {
  if (!thread) return [];
  return thread.entries.map((entry) => ({ ...entry, contactId: thread.contactId, source: 'import' }));
}

function entryOf({ contactId: _, source: __, ...entry }: Interaction): ThreadEntry {
  return entry;
}

function threadOfEntries(contactId: string, entries: ThreadEntry[]): ImportedThread {
  // Oldest first, then by id: the same rows make the same thread in whatever order they came.
  entries.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { contactId, lastAt: entries.at(-1)?.at ?? 0, entries };
}

/**
 * The thread with `rows` (all of `contactId`'s) added to what `stored` holds, and how many were new; an entry whose
 * id is already there is not added again (the same export imported twice changes nothing). `thread` is null when
 * nothing is new.
 */
export function threadWith(
  contactId: string,
  stored: ImportedThread | undefined,
  rows: readonly Interaction[],
): { thread: ImportedThread | null; added: number } {
  const ids = new Set(stored?.entries.map((entry) => entry.id));
  const fresh: ThreadEntry[] = [];
  for (const row of rows) {
    if (ids.has(row.id)) continue;
    ids.add(row.id);
    fresh.push(entryOf(row));
  }
  if (!fresh.length) return { thread: null, added: 0 };
  return { thread: threadOfEntries(contactId, [...(stored?.entries ?? []), ...fresh]), added: fresh.length };
}

/** Imported rows grouped into one thread per person (a restore, the v16 upgrade: nothing is stored yet). */
export function threadsOf(rows: readonly Interaction[]): ImportedThread[] {
  const byPerson = new Map<string, Interaction[]>();
  for (const row of rows) {
    const list = byPerson.get(row.contactId);
    if (list) list.push(row);
    else byPerson.set(row.contactId, [row]);
  }
  return [...byPerson].map(([contactId, list]) => threadWith(contactId, undefined, list).thread!);
}

/** The thread with the entry `id` replaced by `row` (null: removed); null when nothing is left. */
export function threadReplacing(
  thread: ImportedThread,
  id: string,
  row: Interaction | null,
): ImportedThread | null {
  const entries = thread.entries.filter((entry) => entry.id !== id);
  if (row) entries.push(entryOf(row));
  return entries.length ? threadOfEntries(thread.contactId, entries) : null;
}
