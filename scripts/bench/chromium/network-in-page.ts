// Evaluated inside the built extension's own page (its origin, its IndexedDB): seeds invented people and times
// the network view: the computation as the page ran it before the picture was stored (the IndexedDB read and the
// measures), and the background's drawing that replaced it.
import { openDatabase } from '../../../lib/db/database';
import { loadNetworkData, loadNetworkState } from '../../../lib/db/queries/network-data';
import { computeNetwork } from '../../../lib/social/network';
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

/** What the page did on every open before the picture was stored (main at 45bf7ed): read everyone, then measure. */
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

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/**
 * The background drawing the picture and storing it (network/draw), as the page asks when it is out of date; while
 * it draws, this page pings the worker every 100 ms (an unknown message type, answered at once by the router): how
 * long a message waits behind the drawing.
 */
export async function drawTimes(n: number) {
  const draws: number[] = [];
  const pings: number[] = [];
  let reply: unknown;
  for (let i = 0; i < n; i++) {
    let drawing = true;
    const pinger = (async () => {
      while (drawing) {
        const sent = performance.now();
        await chrome.runtime.sendMessage({ type: 'ping' });
        pings.push(performance.now() - sent);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const start = performance.now();
    reply = await chrome.runtime.sendMessage({ type: 'network/draw', payload: { at: Date.now() } });
    draws.push(performance.now() - start);
    drawing = false;
    await pinger;
  }
  const db = openDatabase();
  const stored = await loadNetworkState(db);
  db.close();
  return { draws, pings, reply, storedBytes: JSON.stringify(stored.picture ?? null).length };
}
