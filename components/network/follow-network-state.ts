import { readWholeStore } from '../../lib/db/read-store';
import {
  NETWORK_CHANGED_CHANNEL,
  type NetworkRecord,
  type NetworkState,
  networkStateOf,
} from '../../lib/social/network-snapshot';

/**
 * Reads the rows of the `network` store now, and again whenever the background says they changed; returns the stop.
 * Without Dexie (about 120 KB of script): the browser's own IndexedDB API reads the few rows. One read at a time; a
 * change announced during a read is read after it, so the last state handed on is the latest.
 */
export function followNetworkState(
  onState: (state: NetworkState) => void,
  onError: (error: unknown) => void,
): () => void {
  let open = true;
  let reading = false;
  let again = false;
  const read = () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    readWholeStore<NetworkRecord>('network')
      .then((rows) => {
        if (open) onState(networkStateOf(rows));
      })
      .catch((error: unknown) => {
        if (open) onError(error);
      })
      .finally(() => {
        reading = false;
        if (again && open) {
          again = false;
          read();
        }
      });
  };
  const changes = new BroadcastChannel(NETWORK_CHANGED_CHANNEL);
  changes.onmessage = read;
  read();
  return () => {
    open = false;
    changes.close();
  };
}
