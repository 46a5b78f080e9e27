// Evaluated inside the built extension's own page (its origin, its IndexedDB): seeds invented people and times
// the network view's computation as the page runs it — the IndexedDB read and the measures.
import { openDatabase } from '../../../lib/db/database';
import { loadNetworkData } from '../../../lib/db/queries/network-data';
import { computeNetwork } from '../../../lib/social/network';
import { networkPerson, networkRow } from '../network-seed';

const CHUNK = 5_000;

export async function seed(contacts: number, interactions: number, now: number): Promise<void> {
  const db = openDatabase();
  for (let from = 0; from < contacts; from += CHUNK) {
    const to = Math.min(contacts, from + CHUNK);
    await db.contacts.bulkPut(Array.from({ length: to - from }, (_, i) => networkPerson(from + i, now)));
  }
  for (let from = 0; from < interactions; from += CHUNK) {
    const to = Math.min(interactions, from + CHUNK);
    await db.interactions.bulkPut(
      Array.from({ length: to - from }, (_, i) => networkRow(from + i, contacts, now)),
    );
  }
  db.close();
}

export async function computeTimes(n: number, now: number) {
  const db = openDatabase();
  const load: number[] = [];
  const compute: number[] = [];
  let people = 0;
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const data = await loadNetworkData(db, now);
    const loaded = performance.now();
    const picture = computeNetwork({ ...data, now, weakTieDays: 180 });
    compute.push(performance.now() - loaded);
    load.push(loaded - start);
    people = picture.total;
  }
  db.close();
  return { load, compute, people };
}
