import { DATA_TABLES, STORED_TABLES } from '../../db/database';
import { deferUpkeep, flushUpkeep } from '../../db/deferred-upkeep';
import { isImportedRow, threadsOf } from '../../db/imported-threads';
import { clearThreads, putThreads } from '../../db/thread-store';
import { HandledError, type Handler } from '../../protocol/router';
import { settingsOwner } from '../../settings/owner';
import type { HandlerContext } from '../context';
import { asRun, countedInRun, readStaged, writeInBatches } from '../import-runs';

/**
 * Replaces everything with a backup staged chunk by chunk (each chunk checked against the schemas as it
 * arrived): in ONE transaction, every data table is cleared and refilled (the staging is dropped after it), so a
 * failure (a missing chunk, two rows with one id) leaves the database exactly as it was. As an import's, its rows written
 * can be read while it runs, and a cancel stops it at once.
 */
export function restoreCommit({ db }: HandlerContext): Handler<'restore/commit'> {
  return async ({ importId, chunks }) => {
    // Read before the transaction, which does not cover the settings.
    const { storeExcerpts } = await settingsOwner(db).current();
    return asRun(db, importId, (run) =>
      db.transaction('rw', [...STORED_TABLES, 'importChunks'], async (tx) => {
        // As an import's (import-commit.ts): stopped at once by a cancel; summaries and cards kept once, at the end.
        run.abort = () => tx.abort();
        deferUpkeep(tx);
        const staged = await readStaged(db, importId, chunks, run, storeExcerpts);
        if (staged.length !== chunks) {
          throw new HandledError(
            'bad-request',
            `Only ${staged.length} of ${chunks} parts of the backup arrived; nothing was changed.`,
          );
        }
        const interactions = staged.flatMap((chunk) => chunk.interactions);
        const rows = {
          contacts: staged.flatMap((chunk) => chunk.contacts),
          // By person, so the per-person summaries are each read and written about once.
          interactions: interactions
            .filter((row) => !isImportedRow(row))
            .sort((a, b) => (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0)),
          commitments: staged.flatMap((chunk) => chunk.commitments ?? []),
          followUps: staged.flatMap((chunk) => chunk.followUps ?? []),
          ownProfile: staged.flatMap((chunk) => chunk.ownProfile ?? []),
          heard: staged.flatMap((chunk) => chunk.heard ?? []),
          events: staged.flatMap((chunk) => chunk.events ?? []),
          intros: staged.flatMap((chunk) => chunk.intros ?? []),
          mutualChoices: staged.flatMap((chunk) => chunk.mutualChoices ?? []),
        };
        // Imported history back into one thread per person, as an import stores it.
        const threads = threadsOf(interactions.filter(isImportedRow));
        run.total = DATA_TABLES.reduce((sum, name) => sum + rows[name].length, threads.length);
        for (const name of DATA_TABLES) {
          const table = db.table(name);
          await table.clear();
          await writeInBatches<unknown>(rows[name], (batch) => table.bulkAdd(batch), run);
        }
        await clearThreads(db);
        await putThreads(db, threads, countedInRun(run));
        await flushUpkeep(tx);
        return {
          contacts: rows.contacts.length,
          interactions: interactions.length,
          commitments: rows.commitments.length,
          followUps: rows.followUps.length,
        };
      }),
    );
  };
}
