import Dexie from 'dexie';
import type { RapportDatabase } from '../db/database';
import { deferUpkeep, flushUpkeep } from '../db/deferred-upkeep';
import type { StagedChunk } from '../import/staged-chunk';
import { HandledError } from '../protocol/router';
import type { Interaction } from '../schema/interaction';
import { COMMIT_WORK, type ImportRun, importRuns, stopIfCancelled, timedStep } from './import-runs';
import { ImportedContactsWriter } from './imported-contacts-writer';
import { addToThreads } from './imported-threads-writer';

/** What an import's commit answers. */
export interface ImportResult {
  contactsAdded: number;
  contactsUpdated: number;
  interactionsAdded: number;
}

/**
 * Chunks handed over and not yet written that a sender may run ahead of the writes: enough that the next is there
 * when a write ends, few enough that an import's records do not pile up in the background's memory.
 */
const CHUNKS_AHEAD = 2;

/**
 * How long the import waits for its next chunk or its commit before giving up (its transaction, held open all
 * along, keeps every other writer of contacts waiting): the options page was closed, or its worker stopped.
 */
export const IDLE_LIMIT_MS = 30_000;

/** An import being applied as its chunks arrive, in one transaction that its commit ends. */
export interface LiveImport {
  run: ImportRun;
  /** Takes a checked chunk; resolves once there is room for the next, rejects if the import has failed. */
  take(chunk: StagedChunk): Promise<void>;
  /** Every chunk is sent: writes the people's threads, summaries and cards, and ends the transaction. */
  commit(chunks: number): Promise<ImportResult>;
}

const liveOf = new WeakMap<RapportDatabase, Map<string, LiveImport>>();

/** The imports being applied on this database, by import id. */
export function liveImports(db: RapportDatabase): Map<string, LiveImport> {
  let live = liveOf.get(db);
  if (!live) {
    live = new Map();
    liveOf.set(db, live);
  }
  return live;
}

/**
 * Opens an import's ONE transaction now, at its first message, and keeps it open (a request always in flight)
 * while the chunks arrive: each chunk's contacts are merged into the stored ones and written as it comes, so the
 * writes overlap the sending instead of following it, and nothing is staged and read back. The people's threads,
 * summaries, open follow-ups and queue cards are written once the commit says every chunk is in. A cancel, a
 * chunk refused, a failed write, a worker stopped (the transaction dies with it) or a sender gone quiet for
 * IDLE_LIMIT_MS aborts the transaction: the database holds all of the import or none of it. A second import of the
 * same export finds every contact unchanged and every interaction in its thread, and writes nothing.
 */
export function beginLiveImport(db: RapportDatabase, importId: string, at: number): LiveImport {
  const run: ImportRun = { written: 0, total: 0, cancelled: false };
  const waiting: StagedChunk[] = [];
  const seen = new Set<number>();
  let chunksSent: number | null = null;
  /** Wakes the transaction waiting for a chunk or the commit. */
  let arrived = () => {};
  let failure: unknown = null;
  let roomMade: (() => void)[] = [];
  // Outside the transaction's zone: what a sender does next is not a request of this transaction.
  const makeRoom = () =>
    Dexie.ignoreTransaction(() => {
      for (const resolve of roomMade) resolve();
      roomMade = [];
    });
  // Failed: kept (in liveImports) until the next import begins, so a chunk still coming is told why rather than
  // staged; its run is no longer in flight.
  const fail = (error: unknown) => {
    failure ??= error;
    waiting.length = 0;
    makeRoom();
    if (importRuns(db).get(importId) === run) importRuns(db).delete(importId);
  };
  // The request that keeps the transaction open between slices of its work: any cheap one (a timer would let it
  // commit).
  const pause = () => db.importChunks.get(['', -1]);

  const done = db
    .transaction('rw', [db.contacts, db.threads, db.importChunks], async (tx) => {
      // A cancel aborts the transaction at once, whatever request it is in the middle of.
      run.abort = () => {
        tx.abort();
        // Aborted while it waits for a chunk, the transaction's own promise never settles (Dexie's wait ends with
        // its last request): the import is ended here, and its chunks and commit are told so.
        fail(new HandledError('failed', 'The import was cancelled; nothing was changed.'));
      };
      // The summaries, open follow-ups and queue cards are kept once, at the end, not per batch.
      deferUpkeep(tx);
      /** The next chunk, once it arrives; null once the commit came and every chunk taken is written. */
      const next = async (): Promise<StagedChunk | null> => {
        for (;;) {
          stopIfCancelled(run);
          const chunk = waiting.shift();
          if (chunk) {
            makeRoom();
            return chunk;
          }
          if (chunksSent !== null) return null;
          // Dexie keeps the transaction open while it waits, with raw requests one after another (cheaper than ours,
          // which go through every middleware), and gives up after the limit.
          await Dexie.waitFor(
            new Promise<void>((resolve) => {
              arrived = resolve;
            }),
            IDLE_LIMIT_MS,
          );
        }
      };
      const stored = new Set(await db.contacts.toCollection().primaryKeys());
      const contacts = new ImportedContactsWriter(db, run, stored, at);
      const interactions: Interaction[] = [];
      for (let chunk = await next(); chunk; chunk = await next()) {
        const received = chunk;
        await timedStep('write contacts', () => contacts.write(received.contacts));
        for (const row of chunk.interactions) interactions.push(row);
      }
      if (seen.size !== chunksSent) {
        throw new HandledError(
          'bad-request',
          `Only ${seen.size} of ${chunksSent} parts of the import arrived; nothing was written.`,
        );
      }
      const { interactionsAdded, threads } = await addToThreads(
        db,
        run,
        contacts.joinedAs,
        interactions,
        pause,
      );
      await timedStep('keep summaries and queue cards', () => flushUpkeep(tx));
      run.written += COMMIT_WORK.personKept * threads;
      return {
        contactsAdded: contacts.added,
        contactsUpdated: contacts.changed - contacts.added,
        interactionsAdded,
      };
    })
    .catch((error: unknown) => {
      throw error instanceof Dexie.TimeoutError
        ? new HandledError('failed', 'The import stopped arriving; nothing was changed.')
        : error;
    });
  const live: LiveImport = {
    run,
    async take(chunk) {
      if (failure) throw failure;
      if (chunksSent !== null || seen.has(chunk.seq))
        throw new HandledError('bad-request', `Part ${chunk.seq + 1} of the import came twice or too late.`);
      seen.add(chunk.seq);
      waiting.push(chunk);
      arrived();
      while (waiting.length > CHUNKS_AHEAD && !failure)
        await new Promise<void>((resolve) => roomMade.push(resolve));
      if (failure) throw failure;
    },
    commit(chunks) {
      if (failure) return Promise.reject(failure);
      chunksSent = chunks;
      arrived();
      return done;
    },
  };
  const lives = liveImports(db);
  const runs = importRuns(db);
  lives.set(importId, live);
  runs.set(importId, run);
  done
    .then(
      // Done: its chunks are no longer this import's (a restore's would be staged).
      () => lives.get(importId) === live && lives.delete(importId),
      fail,
    )
    .finally(() => {
      if (runs.get(importId) === run) runs.delete(importId);
    });
  return live;
}
