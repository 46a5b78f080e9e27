import { useEffect, useRef, useState } from 'react';
import { readWholeStore } from '../../lib/db/read-store';
import {
  type Freshness,
  freshnessOf,
  NETWORK_CHANGED_CHANNEL,
  type NetworkRecord,
  type NetworkState,
  networkStateOf,
  type StoredPicture,
} from '../../lib/social/network-snapshot';
import { userTimeZone } from '../../lib/time/calendar';
import { useProtocolAction } from '../shared/use-protocol-action';
import { useLoadedSettings } from '../shared/use-settings';

export interface NetworkPictureState {
  /** The picture as last stored, shown at once; undefined until the first read answers or while none is stored. */
  stored?: StoredPicture;
  /** Whether the stored row has been read yet. */
  read: boolean;
  freshness?: Freshness;
  /** The background is drawing a fresh one (the stored one, if any, stays on screen meanwhile). */
  drawing: boolean;
  error: string;
}

/**
 * The rows of the `network` store, read again whenever the background says they changed. Without Dexie: the page's
 * script is React, the charts and this (issue 16: first render under 300 ms; loading Dexie was a third of it).
 */
function useNetworkState(): NetworkState | undefined {
  const [state, setState] = useState<NetworkState>();
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    let open = true;
    let reading: Promise<void> | null = null;
    let again = false;
    // One read at a time; a change announced during a read is read after it, so the last state shown is the latest.
    const read = () => {
      if (reading) {
        again = true;
        return;
      }
      reading = readWholeStore<NetworkRecord>('network')
        .then((rows) => {
          if (open) setState(networkStateOf(rows));
        })
        .catch((error: unknown) => {
          if (open) setFailure(error);
        })
        .finally(() => {
          reading = null;
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
  }, []);
  // As a failed live query did: the page's error boundary says what failed and offers export, restore and wipe.
  if (failure) throw failure;
  return state;
}

/**
 * The stored network picture, followed live; when it is missing or out of date (data changed, a new day, another
 * weak-tie threshold) the background is asked once to draw it again, and the new one replaces it on screen.
 */
export function useNetworkPicture(): NetworkPictureState {
  const settings = useLoadedSettings();
  const state = useNetworkState();
  const { send, pending: drawing, error } = useProtocolAction();
  const askedFor = useRef<string | null>(null);

  const freshness =
    state && settings
      ? freshnessOf(state.picture, state.changedAt, {
          now: Date.now(),
          weakTieDays: settings.weakTieDays,
          timeZone: userTimeZone(),
        })
      : undefined;
  // One request per state of the data: a change made while the page is open (a capture in another tab) is drawn
  // too; a failed drawing is not asked for again and again, nor a new day or threshold more than once per visit
  // (so clocks that disagree cannot keep it drawing). The background joins requests to the drawing under way.
  const basis =
    freshness === 'data-changed'
      ? `changed ${state?.changedAt}`
      : freshness === 'missing'
        ? `missing ${state?.removedAt ?? ''}`
        : (freshness ?? null);

  useEffect(() => {
    if (!freshness || freshness === 'current' || basis === null || askedFor.current === basis) return;
    askedFor.current = basis;
    void send('network/draw', { at: Date.now() });
  }, [freshness, basis, send]);

  return { stored: state?.picture, read: state !== undefined, freshness, drawing, error };
}
