import { BackupError, parseBackup } from '../../backup/parse-backup';
import { DATA_TABLES } from '../../db/database';
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
    return db.transaction(
      'rw',
      [db.contacts, db.interactions, db.commitments, db.followUps, db.ownProfile],
      async () => {
        for (const name of DATA_TABLES) await db.table(name).clear();
        await db.contacts.bulkAdd(backup.contacts);
        await db.interactions.bulkAdd(backup.interactions);
        await db.commitments.bulkAdd(backup.commitments);
        await db.followUps.bulkAdd(backup.followUps);
        await db.ownProfile.bulkAdd(backup.ownProfile);
        return {
          contacts: backup.contacts.length,
          interactions: backup.interactions.length,
          commitments: backup.commitments.length,
          followUps: backup.followUps.length,
        };
      },
    );
  };
}
