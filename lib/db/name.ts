/** Rapport's IndexedDB database (lib/db/database.ts opens it with Dexie; lib/db/read-store.ts reads it without). */
export const DATABASE_NAME = 'rapport';
