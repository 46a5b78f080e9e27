import { openExisting } from './open-existing';

let opening: Promise<IDBDatabase | undefined> | undefined;

/** An opening started by a page's first script for its later ones (openPageConnectionEarly), until one takes it. */
interface EarlyOpening {
  opening: Promise<IDBDatabase | undefined>;
  /** Told when the connection closes: marks it closed until taken, then tells whoever took it. */
  onClosed: () => void;
  closed: boolean;
}

declare global {
  // Each of a page's scripts has its own copy of this module: the early opening is handed over on the global object.
  var rapportEarlyOpening: EarlyOpening | undefined;
}

/**
 * Starts the page's connection from a tiny script at the top of its HTML (the side panel's: entrypoints/
 * sidepanel-early.ts), for pageConnection to take in a later script: the browser answers a small script ~10–30 ms
 * before the side panel's first step (45 KB), and opening the database is the first thing its queue waits for.
 */
export function openPageConnectionEarly() {
  const early: EarlyOpening = {
    opening: Promise.resolve(undefined),
    closed: false,
    onClosed: () => {
      early.closed = true;
    },
  };
  early.opening = openExisting(undefined, () => early.onClosed());
  // A failure is the taker's to report (its queue query fails the same way); unhandled until then.
  early.opening.catch(() => undefined);
  globalThis.rapportEarlyOpening = early;
}

/** The opening started early, once, told `onClosed` from now on; none if there was none or it has closed since. */
function takeEarlyOpening(onClosed: () => void): Promise<IDBDatabase | undefined> | undefined {
  const early = globalThis.rapportEarlyOpening;
  globalThis.rapportEarlyOpening = undefined;
  if (!early || early.closed) return undefined;
  early.onClosed = onClosed;
  return early.opening;
}

/**
 * A page's own connection to the database without Dexie (the queue's reads: lib/db/read-transaction.ts), opened
 * once and kept (or taken from an earlier script of the page: openPageConnectionEarly); opened again once it was
 * closed (the background upgraded the schema), and on every ask until the database exists (undefined until then:
 * the background creates it).
 */
export function pageConnection(): Promise<IDBDatabase | undefined> {
  if (!opening) {
    const forget = () => {
      opening = undefined;
    };
    opening = takeEarlyOpening(forget) ?? openExisting(undefined, forget);
    opening.then((db) => db ?? forget(), forget);
  }
  return opening;
}
