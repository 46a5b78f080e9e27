// Bundled by esbuild and evaluated inside the built extension's options page, so the queue is measured on
// Chromium's own IndexedDB, in the extension's origin, with the extension's database (the side panel reads it).
import { DATA_TABLES, openDatabase } from '../../../lib/db/database';
import { loadQueue } from '../../../lib/db/queries/load-queue';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { type Shape, seedShape } from '../queue-shapes';

export const BENCH_NOW = Date.parse('2026-06-10T10:00:00Z');
export const BENCH_CONTACTS = 50_000;
const settings = { ...DEFAULT_SETTINGS, tagCadences: { mentor: 45 } };
const db = openDatabase();

export async function wipe() {
  await db.transaction('rw', [...DATA_TABLES], () =>
    Promise.all(DATA_TABLES.map((t) => db.table(t).clear())),
  );
}

export async function seed(shape: Shape, from: number, to: number, now: number) {
  await seedShape(db, shape, BENCH_CONTACTS, from, to, now);
}

/** n timed computations of the queue (after two untimed ones), in ms, and the number of items. */
export async function queueTimes(n: number, now: number) {
  const run = () => loadQueue(db, { settings, now, timeZone: 'Europe/Stockholm' });
  await run();
  const items = (await run()).length;
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return { times, items };
}
