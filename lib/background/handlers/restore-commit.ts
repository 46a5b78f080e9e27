import { DATA_TABLES } from '../../db/database';
import { HandledError, type Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';

// As for an import: bulk writes in batches inside the one transaction, never one request queue per table.
const WRITE_BATCH = 2_000;

/**
 * Replaces everything with a backup staged chunk by chunk (each chunk checked against the schemas as it
 * arrived): in ONE transaction, every data table is cleared and refilled and the staging dropped, so a failure
 * (a missing chunk, two rows with one id) leaves the database exactly as it was.
 */
export function restoreCommit({ db }: HandlerContext): Handler<'restore/commit'> {
  return async ({ importId, chunks }) =>
    db.transaction('rw', [...DATA_TABLES, 'importChunks'], async () => {
      const staged = await db.importChunks.where('importId').equals(importId).sortBy('seq');
      if (staged.length !== chunks) {
        throw new HandledError(
          'bad-request',
          `Only ${staged.length} of ${chunks} parts of the backup arrived; nothing was changed.`,
        );
      }
      const rows = {
        contacts: staged.flatMap((chunk) => chunk.contacts),
        // By person, so the per-person summaries are each read and written about once.
        interactions: staged
          .flatMap((chunk) => chunk.interactions)
          .sort((a, b) => (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0)),
        commitments: staged.flatMap((chunk) => chunk.commitments ?? []),
        followUps: staged.flatMap((chunk) => chunk.followUps ?? []),
        ownProfile: staged.flatMap((chunk) => chunk.ownProfile ?? []),
      };
      for (const name of DATA_TABLES) {
        const table = db.table(name);
        await table.clear();
        const list: unknown[] = rows[name];
        for (let i = 0; i < list.length; i += WRITE_BATCH)
          await table.bulkAdd(list.slice(i, i + WRITE_BATCH));
      }
      await db.importChunks.where('importId').equals(importId).delete();
      return {
        contacts: rows.contacts.length,
        interactions: rows.interactions.length,
        commitments: rows.commitments.length,
        followUps: rows.followUps.length,
      };
    });
}
