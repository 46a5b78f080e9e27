import { browser } from 'wxt/browser';
import type { FirstView } from '../engine/first-view';
import type { Settings } from '../schema/settings';
import { canonicalJson, sameJson } from '../text/canonical-json';
import { dayNumber } from '../time/calendar';

// The side panel's first view as the background last computed it (with the toolbar badge: lib/background/alarms.ts),
// kept in extension session storage: in the browser's memory only, emptied when the browser closes, readable by
// Rapport's own pages only (a content script gets nothing: session storage's default access). The side panel draws
// it as soon as it opens, while its own computation of the queue runs (about 70 ms cold), then draws what that found
// wherever it differs. A write to anything the queue reads removes it before anything else happens
// (forgetFirstView), so it is never older than the data; it is the clock's only for its age.

const KEY = 'firstView';

/** Bumped with FirstView's shape: a view of another shape is not drawn (session storage outlives no update anyway). */
export const KEPT_VIEW_VERSION = 1;

/**
 * How old a kept view may be and still be drawn. The background computes it again after every write and every
 * REFRESH_MINUTES (15) by the clock; the queue's items follow the clock (a cadence falls due at some minute), and the
 * panel's own computation, a moment later, corrects what moved meanwhile.
 */
export const KEPT_VIEW_MAX_AGE_MS = 20 * 60_000;

export interface KeptFirstView {
  version: number;
  /** When the queue it shows was computed. */
  madeAt: number;
  timeZone: string;
  /** The settings it was computed with (settingsKey). */
  settings: string;
  view: FirstView;
}

/** The settings as one string, whatever order their fields were read in. */
export const settingsKey = (settings: Settings): string => canonicalJson(settings);

/** Whether two first views show the same (one read back from storage, its fields sorted, say). */
export const sameFirstView = (a: FirstView, b: FirstView): boolean => sameJson(a, b);

export const keepFirstView = (kept: KeptFirstView) => browser.storage.session.set({ [KEY]: kept });

export const forgetFirstView = () => browser.storage.session.remove(KEY);

const readKept = async (): Promise<unknown> => (await browser.storage.session.get(KEY))[KEY];

declare global {
  // Each of a page's scripts has its own copy of this module: the early read is handed over on the global object.
  var rapportEarlyKeptView: Promise<unknown> | undefined;
}

/** Asks for the kept view from the side panel's tiny first script (entrypoints/sidepanel-early.ts). */
export function askKeptViewEarly() {
  const early = readKept();
  early.catch(() => undefined);
  globalThis.rapportEarlyKeptView = early;
}

/** The kept view asked for early (once), or read now; undefined where storage fails (the panel computes its own). */
export function keptViewAskedEarly(): Promise<unknown> {
  const early = globalThis.rapportEarlyKeptView ?? readKept();
  globalThis.rapportEarlyKeptView = undefined;
  return early.catch(() => undefined);
}

/**
 * The kept view, if it shows the queue the panel would compute now: for the same settings and time zone, today
 * (its labels say Today and Tomorrow), made less than KEPT_VIEW_MAX_AGE_MS ago, of this shape. Otherwise undefined.
 */
export function usableKeptView(
  stored: unknown,
  { settings, timeZone, now }: { settings: Settings; timeZone: string; now: number },
): FirstView | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const kept = stored as Partial<KeptFirstView>;
  const fits =
    kept.version === KEPT_VIEW_VERSION &&
    typeof kept.madeAt === 'number' &&
    kept.madeAt <= now &&
    now - kept.madeAt < KEPT_VIEW_MAX_AGE_MS &&
    kept.timeZone === timeZone &&
    dayNumber(kept.madeAt, timeZone) === dayNumber(now, timeZone) &&
    kept.settings === settingsKey(settings) &&
    Array.isArray(kept.view?.batches) &&
    Array.isArray(kept.view?.groups);
  return fits ? kept.view : undefined;
}
