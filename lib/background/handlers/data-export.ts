import { withoutSearchWords } from '../../db/search-words-middleware';
import { BACKUP_FORMAT_VERSION } from '../../protocol/backup';
import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** Everything Rapport stores, in one versioned object (read in one transaction, so it is consistent). */
export function dataExport({ db, now }: HandlerContext): Handler<'data/export'> {
  return async () =>
    db.transaction(
      'r',
      [db.contacts, db.interactions, db.commitments, db.followUps, db.ownProfile],
      async () => ({
        format: 'rapport-backup' as const,
        version: BACKUP_FORMAT_VERSION,
        exportedAt: now(),
        contacts: (await db.contacts.toArray()).map(withoutSearchWords),
        interactions: await db.interactions.toArray(),
        commitments: await db.commitments.toArray(),
        followUps: await db.followUps.toArray(),
        ownProfile: await db.ownProfile.toArray(),
      }),
    );
}
