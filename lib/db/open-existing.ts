import { DATABASE_NAME } from './name';

/**
 * Opens the database as it stands, with the browser's own IndexedDB API (no Dexie, about 120 KB of script), never
 * the one to create or upgrade it: the background does both, so where it does not exist yet this resolves with
 * undefined and nothing is made. The connection closes itself when the background needs to upgrade, and
 * `onClosed` is told (a page that keeps it must open again). With a `version`, only the database at exactly that
 * version opens: an older one resolves with undefined (not upgraded), a newer one rejects (VersionError).
 */
export function openExisting(
  name: string = DATABASE_NAME,
  onClosed: () => void = () => undefined,
  version?: number,
): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name, version);
    // Only a database that does not exist yet (or, with a version, is older) needs an upgrade: stop before it is made.
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onerror = (event) => {
      if (opening.error?.name !== 'AbortError') return reject(opening.error);
      event.preventDefault();
      resolve(undefined);
    };
    opening.onsuccess = () => {
      const db = opening.result;
      // The background may need to upgrade the schema while this is open: never stand in its way.
      db.onversionchange = () => {
        db.close();
        onClosed();
      };
      // Closed by the browser (the database deleted from its settings, a disk error).
      db.onclose = onClosed;
      resolve(db);
    };
  });
}
