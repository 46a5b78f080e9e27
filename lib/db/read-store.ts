// A page that shows a few stored rows need not load Dexie (about 120 KB of script) to read them: the browser's own
// IndexedDB API reads one store whole, from a database it never creates (./open-existing.ts).
import { DATABASE_NAME } from './name';
import { openExisting } from './open-existing';

export async function readWholeStore<T>(store: string, name: string = DATABASE_NAME): Promise<T[]> {
  const db = await openExisting(name);
  if (!db) return [];
  try {
    if (!db.objectStoreNames.contains(store)) return [];
    const request = db.transaction(store, 'readonly').objectStore(store).getAll();
    return await new Promise<T[]>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}
