import type { RapportDatabase } from '../database';

/**
 * Every contact's id and name, for an import to find people by name. Read from the name index alone, in one
 * transaction: the whole rows (career, history, notes) of 30,000 people took the options page's main thread
 * 110–222 ms to deserialise, for two strings each.
 */
export async function knownNames(db: RapportDatabase): Promise<{ id: string; name: string }[]> {
  return db.transaction('r', db.contacts, async () => {
    const byName = db.contacts.orderBy('name');
    const [names, ids] = await Promise.all([byName.keys(), byName.primaryKeys()]);
    return ids.map((id, i) => ({ id, name: String(names[i]) }));
  });
}
