import { BackupError, parseBackup } from '../../backup/parse-backup';
import { dataTables, STORED_TABLES } from '../../db/database';
import { isImportedRow, threadsOf } from '../../db/imported-threads';
import { putThreads } from '../../db/thread-store';
import { HandledError, type Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** Replaces everything with the backup, after validating all of it: in one transaction, all or nothing. */
export function dataRestore({ db }: HandlerContext): Handler<'data/restore'> {
  return async ({ backup: raw }) => {
    let backup: ReturnType<typeof parseBackup>;
    try {
      backup = parseBackup(raw);
    } catch (error) {
      if (error instanceof BackupError) throw new HandledError('bad-request', error.message);
      throw error;
    }
    return db.transaction('rw', dataTables(db), async () => {
      for (const name of STORED_TABLES) await db.table(name).clear();
      await db.contacts.bulkAdd(backup.contacts);
      // Imported history goes back into one thread per person, as an import stores it.
      await db.interactions.bulkAdd(backup.interactions.filter((row) => !isImportedRow(row)));
      await putThreads(db, threadsOf(backup.interactions.filter(isImportedRow)));
      await db.commitments.bulkAdd(backup.commitments);
      await db.followUps.bulkAdd(backup.followUps);
      await db.ownProfile.bulkAdd(backup.ownProfile);
      await db.heard.bulkAdd(backup.heard);
      await db.events.bulkAdd(backup.events);
      await db.intros.bulkAdd(backup.intros);
      await db.mutualChoices.bulkAdd(backup.mutualChoices);
      return {
        contacts: backup.contacts.length,
        interactions: backup.interactions.length,
        commitments: backup.commitments.length,
        followUps: backup.followUps.length,
      };
    });
  };
}
