// Evaluated inside the built extension's own page (its origin, its IndexedDB): seeds invented people and times
// the network view's computation as the page runs it — the IndexedDB read and the measures.
import { openDatabase } from '../../../lib/db/database';
import { loadNetworkData } from '../../../lib/db/queries/network-data';
import { computeNetwork, NETWORK_KINDS, NETWORK_WINDOW_MS } from '../../../lib/social/network';
import { networkPerson, networkRow } from '../network-seed';

/**
 * Every person and exchange in one read-write transaction, one bulkAdd per table: IndexedDB commits once, and no
 * live query anywhere re-reads 50,000 people after each chunk (seeding chunk by chunk took 297 s in session 2).
 */
export async function seed(contacts: number, interactions: number, now: number): Promise<void> {
  const db = openDatabase();
  const people = Array.from({ length: contacts }, (_, i) => networkPerson(i, now));
  const rows = Array.from({ length: interactions }, (_, i) => networkRow(i, contacts, now));
  await db.transaction('rw', db.contacts, db.interactions, async () => {
    await db.contacts.bulkAdd(people);
    await db.interactions.bulkAdd(rows);
  });
  db.close();
}

export async function computeTimes(n: number, now: number) {
  const db = openDatabase();
  const load: number[] = [];
  const compute: number[] = [];
  // Where a read's time goes: every person alone, and the year's exchanges alone (the two halves of the read).
  const contactsOnly: number[] = [];
  const exchangesOnly: number[] = [];
  let people = 0;
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const data = await loadNetworkData(db, now);
    const loaded = performance.now();
    const picture = computeNetwork({ ...data, now, weakTieDays: 180 });
    compute.push(performance.now() - loaded);
    load.push(loaded - start);
    people = picture.total;
    const before = performance.now();
    await db.contacts.toArray();
    contactsOnly.push(performance.now() - before);
    const after = performance.now();
    await Promise.all(
      NETWORK_KINDS.map((kind) =>
        db.interactions
          .where('[kind+at]')
          .between([kind, now - NETWORK_WINDOW_MS], [kind, now], true, true)
          .toArray(),
      ),
    );
    exchangesOnly.push(performance.now() - after);
  }
  db.close();
  return { load, compute, people, contactsOnly, exchangesOnly };
}
