import { dayNumber } from '../time/calendar';
import type { NetworkPicture } from './network';

// The network view reads one stored picture instead of 50,000 people and a year of exchanges (issue 16: first
// render under 300 ms). The background draws it (lib/background/network-keeper.ts); the database marks when the
// data it was drawn from changed (lib/db/network-stale-middleware.ts). These say whether a stored one is current.

/** The picture as last drawn. */
export interface StoredPicture {
  key: 'picture';
  picture: NetworkPicture;
  /** The moment the picture is of: recency and tie strength are counted back from it. */
  drawnFor: number;
  /** When the read it was drawn from began (the real clock, as the change marker): later changes are not in it. */
  readAt: number;
  /** The weak-tie threshold it was drawn with (the settings' `weakTieDays`). */
  weakTieDays: number;
}

/** When contacts or interactions were last written (the real clock, at the write). */
export interface DataChanged {
  key: 'changed';
  at: number;
}

/** When a person was last deleted: a picture read before it must not be stored, since it may name them. */
export interface PeopleRemoved {
  key: 'people-removed';
  at: number;
}

export type NetworkRecord = StoredPicture | DataChanged | PeopleRemoved;

export const PICTURE_KEY = 'picture' satisfies StoredPicture['key'];
export const CHANGED_KEY = 'changed' satisfies DataChanged['key'];
export const REMOVED_KEY = 'people-removed' satisfies PeopleRemoved['key'];

/** Why a stored picture needs drawing again, or 'current'. */
export type Freshness = 'missing' | 'data-changed' | 'new-day' | 'settings-changed' | 'current';

export function freshnessOf(
  stored: StoredPicture | undefined,
  changedAt: number | undefined,
  { now, weakTieDays, timeZone }: { now: number; weakTieDays: number; timeZone: string },
): Freshness {
  if (!stored) return 'missing';
  if (changedAt !== undefined && changedAt >= stored.readAt) return 'data-changed';
  if (stored.weakTieDays !== weakTieDays) return 'settings-changed';
  // Recency is counted in days: a picture of yesterday has people in the wrong bucket today.
  if (dayNumber(stored.drawnFor, timeZone) !== dayNumber(now, timeZone)) return 'new-day';
  return 'current';
}

/** The stored picture and the markers beside it: the few rows of the `network` table. */
export interface NetworkState {
  picture?: StoredPicture;
  /** When contacts or interactions were last written. */
  changedAt?: number;
  /** When a person was last deleted. */
  removedAt?: number;
}

export function networkStateOf(records: readonly NetworkRecord[]): NetworkState {
  const state: NetworkState = {};
  for (const record of records) {
    if (record.key === PICTURE_KEY) state.picture = record;
    else if (record.key === CHANGED_KEY) state.changedAt = record.at;
    else state.removedAt = record.at;
  }
  return state;
}

/** The background says on this channel that the `network` rows changed; the network page reads them again. */
export const NETWORK_CHANGED_CHANNEL = 'rapport:network-changed';
