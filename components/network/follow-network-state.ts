import { followReads } from '../../lib/db/follow-reads';
import { readWholeStore } from '../../lib/db/read-store';
import {
  NETWORK_CHANGED_CHANNEL,
  type NetworkRecord,
  type NetworkState,
  networkStateOf,
} from '../../lib/social/network-snapshot';

/**
 * Reads the rows of the `network` store now, and again whenever the background says they changed; returns the stop.
 * Without Dexie (about 120 KB of script): the browser's own IndexedDB API reads the few rows.
 */
export function followNetworkState(
  onState: (state: NetworkState) => void,
  onError: (error: unknown) => void,
): () => void {
  return followReads(
    async () => networkStateOf(await readWholeStore<NetworkRecord>('network')),
    (changed) => {
      const changes = new BroadcastChannel(NETWORK_CHANGED_CHANNEL);
      changes.onmessage = changed;
      return () => changes.close();
    },
    onState,
    onError,
  );
}
