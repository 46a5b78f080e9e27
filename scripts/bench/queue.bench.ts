// The follow-up queue at scale: 50,000 people with 50,000 and then 500,000 interactions. The queue reads only
// indexed ranges of what can be due, so its time should stay flat while the history grows tenfold.
import Dexie from 'dexie';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { FollowUpQueue } from '../../components/follow-up/FollowUpQueue';
import { backendOf, openDatabase } from '../../lib/db/database';
import { loadQueue } from '../../lib/db/queries/load-queue';
import { queueLayout } from '../../lib/engine/queue-layout';
import { shownPeople } from '../../lib/engine/shown-people';
import type { FollowUpItem } from '../../lib/engine/types';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { type Benchmark, type BenchResult, measure } from './harness';
import { seedShape } from './queue-shapes';

const CONTACTS = 50_000;
const SIZES = [50_000, 500_000];
const NAME = 'bench-queue';
const NOW = Date.parse('2026-06-10T10:00:00Z');
const TIME_ZONE = 'Europe/Stockholm';
const settings = { ...DEFAULT_SETTINGS, tagCadences: { mentor: 45 } };

const heapMb = () => Math.round(process.memoryUsage().heapUsed / 1_048_576);
const count = (n: number) => n.toLocaleString('en');

export const benchmarks: Benchmark[] = [];

export async function report(): Promise<BenchResult[]> {
  const db = openDatabase(NAME);
  // As the side panel asks for it: the names of the rows it shows.
  const namesFor = (items: readonly FollowUpItem[]) =>
    shownPeople(queueLayout(items, NOW, TIME_ZONE), new Set());
  const queue = async () =>
    loadQueue(await backendOf(db), { settings, now: NOW, timeZone: TIME_ZONE, namesFor });
  const results: BenchResult[] = [];
  const seedStart = performance.now();
  let seeded = 0;
  for (const size of SIZES) {
    await seedShape(db, 'seed', CONTACTS, seeded, size, NOW);
    seeded = size;
    const seedSeconds = Math.round((performance.now() - seedStart) / 1000);
    const input = `${count(CONTACTS)} contacts, ${count(size)} interactions`;
    const items = (await queue()).length;
    const computed = await measure({
      name: `queue computation (${count(size)} interactions)`,
      input,
      n: 20,
      run: queue,
    });
    computed.extra = { items, heapUsedMB: heapMb(), seededAfterS: seedSeconds };
    // First render of the side panel's queue: the indexed load, the rules, its layout, and React rendering it.
    const render = async () =>
      renderToString(
        createElement(FollowUpQueue, {
          groups: queueLayout(await queue(), NOW, TIME_ZONE).groups,
          expanded: new Set<never>(),
          onShowAll: () => {},
          now: NOW,
          timeZone: TIME_ZONE,
          onOpenContact: () => {},
        }),
      );
    const rendered = await measure({
      name: `side panel first render (${count(size)})`,
      input,
      n: 10,
      run: render,
    });
    rendered.extra = { htmlKB: Math.round((await render()).length / 1024), heapUsedMB: heapMb() };
    results.push(computed, rendered);
  }
  db.close();
  await Dexie.delete(NAME);
  return results;
}
