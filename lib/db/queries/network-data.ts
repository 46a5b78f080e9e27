import type { Contact } from '../../schema/contact';
import { NETWORK_KINDS, NETWORK_WINDOW_MS, type NetworkRow } from '../../social/network';
import { CHANGED_KEY, PICTURE_KEY, type StoredPicture } from '../../social/network-snapshot';
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

export interface NetworkState {
  picture?: StoredPicture;
  /** When contacts or interactions were last written. */
  changedAt?: number;
  /** When a person was last deleted. */
  removedAt?: number;
}

/** The stored picture and the markers beside it: the few rows of the `network` table. */
export async function loadNetworkState(db: RapportDatabase): Promise<NetworkState> {
  const state: NetworkState = {};
  for (const record of await db.network.toArray()) {
    if (record.key === PICTURE_KEY) state.picture = record;
    else if (record.key === CHANGED_KEY) state.changedAt = record.at;
    else state.removedAt = record.at;
  }
  return state;
}
