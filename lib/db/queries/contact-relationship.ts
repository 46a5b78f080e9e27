import type { Commitment } from '../../schema/commitment';
import type { FollowUpState } from '../../schema/follow-up';
import type { Interaction } from '../../schema/interaction';
import type { RapportDatabase } from '../database';
import { THREAD_TABLE } from '../thread-store';
import { historyOf } from './history-of';

/** A timeline this long covers years of a real relationship; the ledger's window is far shorter. */
export const TIMELINE_LIMIT = 300;

export interface ContactRelationship {
  /** Latest first. */
  interactions: Interaction[];
  commitments: Commitment[];
  followUps: FollowUpState[];
}

/** One person's history (logged and imported), promises and follow-up states, each through its contactId index. */
export async function loadContactRelationship(
  db: RapportDatabase,
  contactId: string,
): Promise<ContactRelationship> {
  return db.transaction('r', [db.interactions, THREAD_TABLE, db.commitments, db.followUps], async () => {
    const [interactions, commitments, followUps] = await Promise.all([
      historyOf(db, contactId, TIMELINE_LIMIT).then((rows) => rows.reverse()),
      db.commitments.where('contactId').equals(contactId).toArray(),
      db.followUps.where('contactId').equals(contactId).toArray(),
    ]);
    return { interactions, commitments, followUps };
  });
}
