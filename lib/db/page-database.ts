import { openDatabase, type RapportDatabase } from './database';

let instance: RapportDatabase | undefined;

/**
 * The extension pages' read handle on the database; the background worker writes all user data (the import's
 * worker only fills the staging table: lib/import/worker-staging.ts).
 */
export function database(): RapportDatabase {
  instance ??= openDatabase();
  return instance;
}
