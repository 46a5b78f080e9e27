// Bundled by esbuild and evaluated inside the built extension's options page, so the queue is measured on
// Chromium's own IndexedDB, in the extension's origin, with the extension's database (the side panel reads it).
import { DATA_TABLES, openDatabase } from '../../../lib/db/database';
import { loadQueue, type QueueStep } from '../../../lib/db/queries/load-queue';
import { shownPeople } from '../../../lib/engine/shown-people';
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

type LoadQueue = typeof loadQueue;
/** A build of another commit's loadQueue (BENCH_BEFORE), defined by its own bundle evaluated in this page. */
declare const RapportBefore: { loadQueue: LoadQueue } | undefined;

/**
 * n timed computations of the queue (after two untimed ones), in ms, each step's share of them (this commit's
 * loader), and the number of items; with the other commit's loadQueue present, it runs in turn with this one on
 * the same database, and its times come beside.
 */
export async function queueTimes(n: number, now: number) {
  const timeZone = 'Europe/Stockholm';
  // As the side panel asks for it: what to mention for the rows it shows (a commit before this option reads all).
  const context = {
    settings,
    now,
    timeZone,
    mentionsFor: (items: Parameters<typeof shownPeople>[0]) => shownPeople(items, now, timeZone, new Set()),
  };
  const before = typeof RapportBefore === 'undefined' ? undefined : RapportBefore.loadQueue;
  const loaders: LoadQueue[] = before ? [loadQueue, before] : [loadQueue];
  const counts = [];
  for (const load of loaders) {
    await load(db, context);
    counts.push((await load(db, context)).length);
  }
  const times: number[][] = loaders.map(() => []);
  const steps: Partial<Record<QueueStep, number[]>> = {};
  for (let i = 0; i < n; i++) {
    for (const [k, load] of loaders.entries()) {
      const start = performance.now();
      let stepStart = start;
      const stepDone = (step: QueueStep) => {
        const at = performance.now();
        steps[step] = [...(steps[step] ?? []), at - stepStart];
        stepStart = at;
      };
      await load(db, k === 0 ? { ...context, stepDone } : context);
      times[k]!.push(performance.now() - start);
    }
  }
  return {
    times: times[0]!,
    steps,
    items: counts[0]!,
    before: before ? { times: times[1]!, items: counts[1]! } : null,
  };
}
