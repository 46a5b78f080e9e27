import type { Contact } from '../../schema/contact';
import { NETWORK_KINDS, NETWORK_WINDOW_MS, type NetworkRow } from '../../social/network';
import type { RapportDatabase } from '../database';

export interface NetworkData {
  contacts: Contact[];
  interactions: NetworkRow[];
}

/** Everyone, and the year's exchanges through the [kind+at] index (visits, by far the most rows, are not read). */
export async function loadNetworkData(db: RapportDatabase, now: number): Promise<NetworkData> {
  return db.transaction('r', db.contacts, db.interactions, async () => {
    const [contacts, interactions] = await Promise.all([
      db.contacts.toArray(),
      Promise.all(
        NETWORK_KINDS.map((kind) =>
          db.interactions
            .where('[kind+at]')
            .between([kind, now - NETWORK_WINDOW_MS], [kind, now], true, true)
            .toArray(),
        ),
      ),
    ]);
    return { contacts, interactions: interactions.flat() };
  });
}
