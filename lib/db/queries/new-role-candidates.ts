import { NEW_ROLE_LOOKBACK_MS } from '../../engine/rules/new-role';
import type { Contact } from '../../schema/contact';
import type { RapportDatabase } from '../database';

/** People whose role changed within the lookback, through the roleChangedAt index: a handful of rows, not the table. */
export async function newRoleCandidates(db: RapportDatabase, now: number): Promise<Contact[]> {
  return db.contacts
    .where('roleChangedAt')
    .between(now - NEW_ROLE_LOOKBACK_MS, now, true, true)
    .toArray();
}
