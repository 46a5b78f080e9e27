// A page that shows a few stored rows need not load Dexie (about 120 KB of script) to read them: the browser's own
// IndexedDB API reads one store whole, from a database it never creates (./open-existing.ts).
import { DATABASE_NAME } from './name';
import { openExisting } from './open-existing';
import { ReadTransaction } from './read-transaction';

export async function readWholeStore<T>(store: string, name: string = DATABASE_NAME): Promise<T[]> {
  const db = await openExisting(name);
  if (!db) return [];
  try {
    if (!db.objectStoreNames.contains(store)) return [];
    return await new ReadTransaction(db, [store]).all<T>(store);
  } finally {
    db.close();
  }
}
