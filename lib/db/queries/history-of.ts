import Dexie from 'dexie';
import type { RapportDatabase } from '../database';

/** One person's interactions, oldest first, through [contactId+at] (there is no contactId index of its own). */
export const historyOf = (db: RapportDatabase, contactId: string) =>
  db.interactions.where('[contactId+at]').between([contactId, Dexie.minKey], [contactId, Dexie.maxKey]);
