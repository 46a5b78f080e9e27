import type { Contact } from '../../schema/contact';
import { NETWORK_KINDS, NETWORK_WINDOW_MS, type NetworkRow } from '../../social/network';
import type { RapportDatabase } from '../database';
import { recentOfKinds } from './recent-of-kinds';

export interface NetworkData {
  contacts: Contact[];
  interactions: NetworkRow[];
}

/** Everyone, and the year's exchanges through the [kind+at] index (visits, by far the most rows, are not read). */
export async function loadNetworkData(db: RapportDatabase, now: number): Promise<NetworkData> {
  return db.transaction('r', db.contacts, db.interactions, async () => {
    const [contacts, interactions] = await Promise.all([
      db.contacts.toArray(),
      recentOfKinds(db, NETWORK_KINDS, now - NETWORK_WINDOW_MS, now),
    ]);
    return { contacts, interactions };
  });
}
