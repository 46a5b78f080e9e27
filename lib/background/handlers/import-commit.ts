import { mergeImported } from '../../contacts/merge-import';
import { isUnlinkedId } from '../../contacts/unlinked';
import type { RapportDatabase } from '../../db/database';
import { deferUpkeep, flushUpkeep } from '../../db/deferred-upkeep';
import { type ImportedThread, threadWith } from '../../db/imported-threads';
import { getPresent } from '../../db/present-first';
import { putThreads, THREAD_TABLE, threadsOfPeople } from '../../db/thread-store';
import { IMPORT_CHUNK_SIZE } from '../../protocol/import-chunk-size';
import { HandledError, type Handler } from '../../protocol/router';
import type { Contact } from '../../schema/contact';
import type { Interaction } from '../../schema/interaction';
import { settingsOwner } from '../../settings/owner';
import type { HandlerContext } from '../context';
import { COMMIT_WORK, estimatedWork, threadsWork, writeWork } from '../import-commit-work';
import { InteractionCheck, readBackContacts } from '../import-read-back';
import {
  asRun,
  countedInRun,
  eachInSlices,
  type ImportRun,
  stopIfCancelled,
  timedStep,
  writeInBatches,
} from '../import-runs';

/**
 * Applies a staged import in ONE transaction: contacts merged into the stored ones (only those that change are
 * written), interactions added to their people's imported threads unless their id is already there; the staging
 * is dropped after it. Any failure aborts the transaction, so the database holds all of the import or none of it;
 * a second import of the same export finds every contact unchanged and every interaction in its thread, and
 * writes nothing. Its work done can be read while it runs (import/progress), and a cancel (import/cancel) stops it
 * between two batches, writing nothing.
 */
export function importCommit({ db, now }: HandlerContext): Handler<'import/commit'> {
  return async ({ importId, chunks, staged: said }) => {
    // Read before the transaction, which does not cover the settings.
    const { storeExcerpts } = await settingsOwner(db).current();
    return asRun(db, importId, (run) =>
      db.transaction('rw', [db.contacts, THREAD_TABLE, db.importChunks], async (tx) => {
        // A cancel aborts the transaction at once, whatever request it is in the middle of.
        run.abort = () => tx.abort();
        // The summaries, open follow-ups and queue cards are kept once, below, not per batch.
        deferUpkeep(tx);
        // Counted from the first chunk read back (seconds of the commit, before it knows what it writes), against the
        // whole as the page's counts estimate it; the whole is known once the merge is done, exactly once the threads are.
        run.total = estimatedWork(said, chunks, IMPORT_CHUNK_SIZE);
        const read = await timedStep('commit: read the staged chunks, check their contacts', () =>
          readBackContacts(db, importId, chunks, run),
        );
        if (read.length !== chunks) {
          throw new HandledError(
            'bad-request',
            `Only ${read.length} of ${chunks} parts of the import arrived; nothing was written.`,
          );
        }
        stopIfCancelled(run);
        // A connection without an address whose record a visit has since joined to a profile goes to that profile.
        const joinedAs = await joinedRecords(
          db,
          read.flatMap((chunk) => chunk.contacts.map((contact) => contact.id).filter(isUnlinkedId)),
        );
        const imported = new Map<string, Contact>();
        for (const contact of read.flatMap((chunk) => chunk.contacts)) {
          const id = joinedAs.get(contact.id) ?? contact.id;
          imported.set(id, id === contact.id ? contact : { ...contact, id });
        }
        const ids = [...imported.keys()];
        const at = now();
        const stored = await timedStep('commit: read the stored contacts', () =>
          getPresent(
            ids,
            () => db.contacts.toCollection().primaryKeys(),
            (keys) => db.contacts.bulkGet(keys),
          ),
        );
        // The merge and the threads below take seconds for 30,000 people: done in slices, so a cancel lands.
        const pause = () => db.importChunks.get(['', -1]);
        const changed: Contact[] = [];
        await eachInSlices(
          ids,
          (id, i) => {
            const merged = mergeImported(stored[i], imported.get(id)!, at);
            if (!stored[i] || JSON.stringify(merged) !== JSON.stringify(stored[i])) changed.push(merged);
          },
          run,
          pause,
        );
        // Counted in work (import-commit-work.ts), so the work done so far tells how much of the commit's time has
        // passed: the contacts' exactly, the threads' as if every interaction staged were new, until they are made.
        const staged = read.reduce((sum, chunk) => sum + chunk.interactions, 0);
        const threadsGuess = writeWork(0, staged, Math.min(ids.length, staged));
        run.total = run.written + writeWork(changed.length, 0, 0) + threadsWork(staged) + threadsGuess;
        const interactions = new InteractionCheck(read, chunks, storeExcerpts);
        await timedStep('commit: write contacts', () =>
          writeInBatches(
            changed,
            (batch) => {
              const written = db.contacts.bulkPut(batch);
              interactions.whileWaiting();
              return written;
            },
            run,
            () => COMMIT_WORK.contact,
          ),
        );
        const made = await timedStep('commit: check the interactions left, make the threads', () =>
          threadsToWrite(db, interactions.all(), joinedAs, run, pause),
        );
        const { threads, addedTo } = made;
        run.written += threadsWork(staged);
        const interactionsAdded = [...addedTo.values()].reduce((sum, added) => sum + added, 0);
        run.total += writeWork(0, interactionsAdded, threads.length) - threadsGuess;
        const counted = countedInRun(
          run,
          (thread: ImportedThread) => COMMIT_WORK.entry * addedTo.get(thread)!,
        );
        await timedStep('commit: write threads', () => putThreads(db, threads, counted));
        await timedStep('commit: keep summaries and queue cards', () => flushUpkeep(tx));
        run.written += COMMIT_WORK.personKept * threads.length;
        const added = stored.filter((contact) => !contact).length;
        return {
          contactsAdded: added,
          contactsUpdated: changed.length - added,
          interactionsAdded,
        };
      }),
    );
  };
}

/**
 * One thread per person (lib/db/imported-threads.ts, stored in buckets by lib/db/thread-store.ts): each person's
 * imported rows join their stored thread, an entry already there is not added again. Only the threads that gain an
 * entry, with how many each gains.
 */
async function threadsToWrite(
  db: RapportDatabase,
  interactions: readonly Interaction[],
  joinedAs: ReadonlyMap<string, string>,
  run: ImportRun,
  pause: () => PromiseLike<unknown>,
): Promise<{ threads: ImportedThread[]; addedTo: Map<ImportedThread, number> }> {
  const rowsOf = new Map<string, Interaction[]>();
  for (const row of interactions) {
    const contactId = joinedAs.get(row.contactId) ?? row.contactId;
    const list = rowsOf.get(contactId);
    const moved = contactId === row.contactId ? row : { ...row, contactId };
    if (list) list.push(moved);
    else rowsOf.set(contactId, [moved]);
  }
  const people = [...rowsOf.keys()].sort();
  const storedThreads = await timedStep('commit: read the stored threads', () => threadsOfPeople(db, people));
  const threads: ImportedThread[] = [];
  const addedTo = new Map<ImportedThread, number>();
  await eachInSlices(
    people,
    (contactId, i) => {
      const { thread, added } = threadWith(contactId, storedThreads[i], rowsOf.get(contactId)!);
      if (!thread) return;
      threads.push(thread);
      addedTo.set(thread, added);
    },
    run,
    pause,
  );
  return { threads, addedTo };
}

/** Old key → the profile's key, for the records without an address that were joined to a profile. */
async function joinedRecords(db: RapportDatabase, unlinkedIds: string[]): Promise<Map<string, string>> {
  const joinedAs = new Map<string, string>();
  if (!unlinkedIds.length) return joinedAs;
  const wanted = new Set(unlinkedIds);
  for (const contact of await db.contacts.where('aliases').anyOf(unlinkedIds).toArray())
    for (const alias of contact.aliases) if (wanted.has(alias)) joinedAs.set(alias, contact.id);
  return joinedAs;
}
