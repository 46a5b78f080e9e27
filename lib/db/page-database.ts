import { openDatabase, type RapportDatabase } from './database';

let instance: RapportDatabase | undefined;

/** The extension pages' read handle on the database; the background worker does all writing. */
export function database(): RapportDatabase {
  instance ??= openDatabase();
  return instance;
}
