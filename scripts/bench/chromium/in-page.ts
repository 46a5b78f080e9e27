// Bundled by esbuild and evaluated inside the built extension's options page, so the queue is measured on
// Chromium's own IndexedDB, in the extension's origin, with the extension's database (the side panel reads it).
import { backendOf, DATA_TABLES, openDatabase } from '../../../lib/db/database';
import { loadQueue, type QueueStep } from '../../../lib/db/queries/load-queue';
import { queueLayout } from '../../../lib/engine/queue-layout';
import { shownPeople } from '../../../lib/engine/shown-people';
import type { FollowUpItem } from '../../../lib/engine/types';
import type { Interaction } from '../../../lib/schema/interaction';
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

/**
 * n timed computations of the queue (after two untimed ones), in ms, each step's share of them, and the number of
 * items. Another commit's build of this file (BENCH_BEFORE: its own database, of its own schema) answers the same.
 */
export async function queueTimes(n: number, now: number) {
  const timeZone = 'Europe/Stockholm';
  // As the side panel asks for it: the names of the rows it shows.
  const context = {
    settings,
    now,
    timeZone,
    namesFor: (items: readonly FollowUpItem[]) => shownPeople(queueLayout(items, now, timeZone), new Set()),
  };
  const raw = await backendOf(db);
  await loadQueue(raw, context);
  const items = (await loadQueue(raw, context)).length;
  const times: number[] = [];
  const steps: Partial<Record<QueueStep, number[]>> = {};
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    let stepStart = start;
    const stepDone = (step: QueueStep) => {
      const at = performance.now();
      steps[step] = [...(steps[step] ?? []), at - stepStart];
      stepStart = at;
    };
    await loadQueue(raw, { ...context, stepDone });
    times.push(performance.now() - start);
  }
  return { times, steps, items };
}

/**
 * n interactions logged one at a time, each to another person, as a user logs one (through Dexie and every
 * middleware: the person's summary and open follow-up kept in the same transaction), in ms each. A meeting (opens
 * a follow-up) and a message of mine (settles one) in turn. After the queue's loads: they add to the data. Each
 * after a second's pause: a write to the extension's database has the background compute the badge's queue
 * again (lib/db/store-changes.ts), which would otherwise run into the next timed write (and a BENCH_BEFORE
 * commit's database has no such listener).
 */
export async function liveWriteTimes(n: number, now: number) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const met = i % 2 === 0;
    const row: Interaction = {
      id: `bench-live-${now}-${performance.now()}-${i}`,
      contactId: `person-${(i * 7_919) % BENCH_CONTACTS}`,
      at: now - 60_000,
      kind: met ? 'met' : 'message-sent',
      actor: 'me',
      exchange: 'none',
      context: met ? 'Invented topic' : '',
      excerpt: '',
      source: 'manual',
    };
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const start = performance.now();
    await db.interactions.add(row);
    times.push(performance.now() - start);
  }
  return times;
}
