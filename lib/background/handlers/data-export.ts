import { dataTables } from '../../db/database';
import { entriesOf } from '../../db/imported-threads';
import { allThreads } from '../../db/thread-store';
import { BACKUP_FORMAT_VERSION } from '../../protocol/backup';
import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';

/**
 * Everything Rapport stores, in one versioned object (read in one transaction, so it is consistent); imported history
 * is in it as interactions, as the file has always held it.
 */
export function dataExport({ db, now }: HandlerContext): Handler<'data/export'> {
  return async () =>
    db.transaction('r', dataTables(db), async () => ({
      format: 'rapport-backup' as const,
      version: BACKUP_FORMAT_VERSION,
      exportedAt: now(),
      contacts: await db.contacts.toArray(),
      interactions: [
        ...(await db.interactions.toArray()),
        ...(await allThreads(db)).flatMap((thread) => entriesOf(thread)),
      ],
      commitments: await db.commitments.toArray(),
      followUps: await db.followUps.toArray(),
      ownProfile: await db.ownProfile.toArray(),
      heard: await db.heard.toArray(),
      events: await db.events.toArray(),
      intros: await db.intros.toArray(),
      mutualChoices: await db.mutualChoices.toArray(),
    }));
}
