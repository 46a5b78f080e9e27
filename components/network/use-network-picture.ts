import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { database } from '../../lib/db/page-database';
import { loadNetworkState } from '../../lib/db/queries/network-data';
import { type Freshness, freshnessOf, type StoredPicture } from '../../lib/social/network-snapshot';
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
 * The stored network picture, followed live; when it is missing or out of date (data changed, a new day, another
 * weak-tie threshold) the background is asked once to draw it again, and the new one replaces it on screen.
 */
export function useNetworkPicture(): NetworkPictureState {
  const settings = useLoadedSettings();
  const state = useLiveQuery(() => loadNetworkState(database()), []);
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
