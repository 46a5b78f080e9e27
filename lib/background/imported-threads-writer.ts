import type { RapportDatabase } from '../db/database';
import { type ImportedThread, threadWith } from '../db/imported-threads';
import { getPresent } from '../db/present-first';
import type { Interaction } from '../schema/interaction';
import { COMMIT_WORK, eachInSlices, type ImportRun, timedStep, writeInBatches } from './import-runs';

/**
 * Adds the import's interactions to their people's imported threads (one row per person,
 * lib/db/imported-threads.ts): an entry already there is not added again. By person, so each batch touches few
 * people. Sets the run's total, now that all of its work is known.
 */
export async function addToThreads(
  db: RapportDatabase,
  run: ImportRun,
  joinedAs: ReadonlyMap<string, string>,
  interactions: readonly Interaction[],
  pause: () => PromiseLike<unknown>,
): Promise<{ interactionsAdded: number; threads: number }> {
  const rowsOf = new Map<string, Interaction[]>();
  for (const row of interactions) {
    const contactId = joinedAs.get(row.contactId) ?? row.contactId;
    const list = rowsOf.get(contactId);
    const moved = contactId === row.contactId ? row : { ...row, contactId };
    if (list) list.push(moved);
    else rowsOf.set(contactId, [moved]);
  }
  const people = [...rowsOf.keys()].sort();
  const storedThreads = await timedStep('read the stored threads', () =>
    getPresent(
      people,
      () => db.threads.toCollection().primaryKeys(),
      (keys) => db.threads.bulkGet(keys),
    ),
  );
  // New threads are added (nothing stored to read first); the stored ones a re-import extends are replaced.
  const newThreads: ImportedThread[] = [];
  const grownThreads: ImportedThread[] = [];
  const addedTo = new Map<ImportedThread, number>();
  // Seconds for 30,000 people: done in slices, so a cancel lands.
  await eachInSlices(
    people,
    (contactId, i) => {
      const { thread, added } = threadWith(contactId, storedThreads[i], rowsOf.get(contactId)!);
      if (!thread) return;
      (storedThreads[i] ? grownThreads : newThreads).push(thread);
      addedTo.set(thread, added);
    },
    run,
    pause,
  );
  const interactionsAdded = [...addedTo.values()].reduce((sum, added) => sum + added, 0);
  const threads = newThreads.length + grownThreads.length;
  // Counted in work (COMMIT_WORK), so the work done so far tells how much of the import's time has passed.
  run.total = run.written + COMMIT_WORK.entry * interactionsAdded + COMMIT_WORK.personKept * threads;
  const entriesIn = (thread: ImportedThread) => COMMIT_WORK.entry * addedTo.get(thread)!;
  await timedStep('write threads', async () => {
    await writeInBatches(newThreads, (batch) => db.threads.bulkAdd(batch), run, entriesIn);
    await writeInBatches(grownThreads, (batch) => db.threads.bulkPut(batch), run, entriesIn);
  });
  return { interactionsAdded, threads };
}
