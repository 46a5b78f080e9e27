// A page that shows a few stored rows need not load Dexie (about 120 KB of script) to read them: the browser's own
// IndexedDB API reads one store whole. Read-only, and never the one to create the database: the background creates
// and upgrades it, so where it does not exist yet nothing is read and nothing is made.
import { DATABASE_NAME } from './name';

export function readWholeStore<T>(store: string, name: string = DATABASE_NAME): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name);
    // Only a database that does not exist yet needs an upgrade to open without a version: stop before it is made.
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onerror = (event) => {
      if (opening.error?.name !== 'AbortError') return reject(opening.error);
      event.preventDefault();
      resolve([]);
    };
    opening.onsuccess = () => {
      const db = opening.result;
      // The background may need to upgrade the schema while this is open: never stand in its way.
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        return resolve([]);
      }
      const request = db.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result as T[]);
      };
      request.onerror = () => {
        db.close();
        reject(request.error);
      };
    };
  });
}
