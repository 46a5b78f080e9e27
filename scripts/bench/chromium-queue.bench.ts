// `npm run bench -- --filter chromium-queue`: the follow-up queue in Chromium's own IndexedDB, inside the built
// extension, at 50,000 people with 50,000 and 500,000 interactions, for three shapes of history
// (scripts/bench/queue-shapes.ts), with the fake-indexeddb figure of the same data beside it; then the side
// panel's first group (open → first group on screen), its working page (React's page mounted), what came before
// them (scripts, the queue's computation, how many ran) and its long tasks; each open with the first view the
// background kept and one without it. Each load's steps come as medians (where the time goes). BENCH_SHAPES=even and BENCH_SIZES=50000 pick; BENCH_BEFORE=<commit> times that commit's
// queue beside this one's, in turns, in the same page on the same data seeded into a database of its own (of that
// commit's schema: seeding takes twice as long).
// BENCH_PANEL_BESIDE=<another build's chrome-mv3 folder, same schema> opens that build's side panel in turns with
// this one's, in the same extension on the same data (which opens first alternating), and reports its first group
// and working page beside (./chromium/panel-beside.ts). Each open of the panel comes with the floor's (two pages
// that show a word, one after opening the database and reading a row: ./chromium/page-floor.ts). After the queue's
// loads, what logging one interaction costs (its derived rows kept with it), each side in turns.
// Goal: queue under 50 ms at 500,000 whatever the shape, first group under 200 ms.
import Dexie from 'dexie';
import type { Page } from 'playwright-core';
import { PANEL_MARKS } from '../../components/follow-up/panel-marks';
import { backendOf, openDatabase } from '../../lib/db/database';
import {
  CONNECTION_STEP,
  loadQueue,
  QUEUE_MEASURE,
  QUEUE_STEPS,
  type QueueStep,
  queueStepMeasure,
} from '../../lib/db/queries/load-queue';
import { queueLayout } from '../../lib/engine/queue-layout';
import { shownPeople } from '../../lib/engine/shown-people';
import type { FollowUpItem } from '../../lib/engine/types';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { EXTENSION_DIR, launchRapport, type RapportBrowser } from '../../tests/e2e/harness/extension';
import {
  bundleAt,
  inject,
  LONG_TASK_OBSERVER,
  longTasksOf,
  machineLoad,
  pageBundle,
  RUNS,
  stats,
  unavailable,
} from './chromium/browser';
import { type FloorOpen, openFloor, withFloorPages } from './chromium/page-floor';
import { PANEL_BESIDE, withPanelBeside } from './chromium/panel-beside';
import type { BenchResult } from './harness';
import { SHAPES, type Shape, seedShape } from './queue-shapes';

const CONTACTS = 50_000;
/** Interactions measured at, in turn (BENCH_SIZES=50000 for a quick run). */
const SIZES = process.env.BENCH_SIZES?.split(',').map(Number) ?? [50_000, 500_000];
const QUEUE_RUNS = Math.max(RUNS, 10);
const only = process.env.BENCH_SHAPES?.split(',') as Shape[] | undefined;
/** A commit whose queue is timed in turns with this one's, in the same page, on the same data. */
const BEFORE = process.env.BENCH_BEFORE;
/** Another build's side panel, opened in turns with this one's. */
const PANEL_BESIDE_BUILD = process.env.BENCH_PANEL_BESIDE;
/** Timed loads of one side before the other side's turn. */
const TURN = 5;

/** scripts/bench/chromium/in-page.ts, of this commit (RapportBench) or of BENCH_BEFORE (RapportBefore). */
interface InPage {
  seed(shape: Shape, from: number, to: number, now: number): Promise<void>;
  queueTimes(
    n: number,
    now: number,
  ): Promise<{ times: number[]; steps: Partial<Record<QueueStep, number[]>>; items: number }>;
  /** Absent from commits before it was added (then not timed for that side). */
  liveWriteTimes?(n: number, now: number): Promise<number[]>;
}
declare const RapportBench: InPage;
declare const RapportBefore: InPage;
type Side = 'RapportBench' | 'RapportBefore';

const count = (n: number) => n.toLocaleString('en');
/** "12.5 (10.1–30.2)": a median with its range. */
const spread = (values: number[]) => {
  const { median, min, max } = stats('', '', values);
  return `${median} (${min}–${max})`;
};
/** Where a load's time went, step by step (lib/db/queries/load-queue.ts › QUEUE_STEPS), as medians in ms. */
const stepsOf = (steps: Partial<Record<QueueStep, number[]>>) =>
  QUEUE_STEPS.flatMap((step) => (steps[step]?.length ? [`${step} ${spread(steps[step])}`] : [])).join('; ');
const progress = (line: string) => console.error(`chromium-queue: ${line}`);

/** The same data in fake-indexeddb in Node, the figure the earlier benchmarks gave. */
async function fakeQueue(
  shape: Shape,
  from: number,
  to: number,
  now: number,
  db: ReturnType<typeof openDatabase>,
) {
  await seedShape(db, shape, CONTACTS, from, to, now);
  const settings = { ...DEFAULT_SETTINGS, tagCadences: { mentor: 45 } };
  const timeZone = 'Europe/Stockholm';
  // As in the page (scripts/bench/chromium/in-page.ts): the names of the rows the side panel shows.
  const namesFor = (items: readonly FollowUpItem[]) =>
    shownPeople(queueLayout(items, now, timeZone), new Set());
  const raw = await backendOf(db);
  const run = () => loadQueue(raw, { settings, now, timeZone, namesFor });
  await run();
  const times: number[] = [];
  for (let i = 0; i < QUEUE_RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * QUEUE_RUNS timed loads of each side, in turns of TURN (this commit's, then the other's, …), so a change in the
 * machine's load falls on both.
 */
async function timedInTurns(page: Page, sides: readonly Side[], now: number) {
  const times: Record<Side, number[]> = { RapportBench: [], RapportBefore: [] };
  const items: Partial<Record<Side, number>> = {};
  const steps: Partial<Record<QueueStep, number[]>> = {};
  for (let done = 0; done < QUEUE_RUNS; done += TURN) {
    for (const side of sides) {
      const turn = await page.evaluate(
        ([bundle, n, at]) => (bundle === 'RapportBench' ? RapportBench : RapportBefore).queueTimes(n, at),
        [side, Math.min(TURN, QUEUE_RUNS - done), now] as const,
      );
      times[side].push(...turn.times);
      items[side] = turn.items;
      // The steps are this commit's (another commit may name them otherwise, or not mark them).
      if (side === 'RapportBench') {
        for (const [step, ms] of Object.entries(turn.steps) as [QueueStep, number[]][]) {
          steps[step] = [...(steps[step] ?? []), ...ms];
        }
      }
    }
  }
  return {
    times: times.RapportBench,
    steps,
    items: items.RapportBench ?? 0,
    before: sides.includes('RapportBefore')
      ? { times: times.RapportBefore, items: items.RapportBefore ?? 0 }
      : null,
  };
}

/**
 * What logging one interaction costs at this size (the summary and open follow-up kept with it), each side's in
 * turns of TURN, as the queue's loads are timed.
 */
async function liveWrites(page: Page, sides: readonly Side[], now: number, input: string, size: number) {
  const times: Record<Side, number[]> = { RapportBench: [], RapportBefore: [] };
  for (let done = 0; done < QUEUE_RUNS; done += TURN) {
    for (const side of sides) {
      const turn = await page.evaluate(
        ([bundle, n, at]) =>
          (bundle === 'RapportBench' ? RapportBench : RapportBefore).liveWriteTimes?.(n, at) ?? [],
        [side, Math.min(TURN, QUEUE_RUNS - done), now] as const,
      );
      times[side].push(...turn);
    }
  }
  const before = times.RapportBefore;
  return stats(`chromium live write (log one interaction, ${count(size)})`, input, times.RapportBench, 'ms', {
    load: machineLoad(),
    ...(before.length ? { before: `${BEFORE}: ${spread(before)} ms` } : {}),
  });
}

interface PanelOpen {
  ms: number;
  /**
   * React's page mounted (its "Recently seen" heading, which the first paint has not): the working page, whose
   * buttons and search work, from the navigation's start.
   */
  workingPage: number;
  longTasks: number[];
  /**
   * When the page's first scripts had run (DOMContentLoaded's end), from the navigation's start: the side panel's
   * first step (entrypoints/sidepanel-first-step.ts, which starts the queue); React and the page load after it.
   */
  scriptsRun: number;
  /** The queue's first computation: when it began and how long it took. */
  queueStart: number;
  queueMs: number;
  /** Computations of the queue while the page opened (one wanted). */
  computations: number;
  /** The first computation's steps, in ms: its wait for the connection, then load-queue's (QUEUE_STEPS). */
  queueSteps: Partial<Record<PanelQueueStep, number>>;
  /** Whether the panel's own first queue was drawn over the kept view (it differed); undefined where none was kept. */
  overKept?: boolean;
  /** The first step's marks (components/follow-up/panel-marks.ts), from the navigation's start; NaN where missing. */
  marks: Record<keyof typeof PANEL_MARKS, number>;
}

/** The steps of the panel's computation of the queue, as its timeline names them. */
const PANEL_QUEUE_STEPS = [CONNECTION_STEP, ...QUEUE_STEPS] as const;
type PanelQueueStep = (typeof PANEL_QUEUE_STEPS)[number];

/**
 * `open` run without the side panel's kept first view (lib/browser/kept-first-view.ts): removed from session storage
 * through `page` (an extension page), put back after.
 */
async function withoutKeptView(page: Page, open: () => Promise<PanelOpen>): Promise<PanelOpen> {
  const kept = await page.evaluate('chrome.storage.session.get("firstView")');
  await page.evaluate('chrome.storage.session.remove("firstView")');
  try {
    return await open();
  } finally {
    await page.evaluate(`chrome.storage.session.set(${JSON.stringify(kept)})`);
  }
}

/** Opens the side panel and times its first group on screen and its working page, from the navigation's start. */
async function firstGroup(rapport: RapportBrowser, panel = 'sidepanel.html'): Promise<PanelOpen> {
  const page: Page = await rapport.context.newPage();
  await page.addInitScript(`${LONG_TASK_OBSERVER}
    new MutationObserver((_, observer) => {
      // The queue's own headings: an event batch or a group ("Recently seen" is a section too, and must not count).
      if (!window.__firstGroup && document.querySelector('main section.event-batch h2, main section.queue-group h2'))
        window.__firstGroup = performance.now();
      if (document.getElementById('recent-heading')) {
        window.__workingPage = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });`);
  await page.goto(`chrome-extension://${rapport.extensionId}/${panel}`);
  await page.waitForFunction(() => (window as unknown as { __workingPage?: number }).__workingPage);
  // Whatever the page still does after (a second computation) counts in its long tasks.
  await page.waitForTimeout(500);
  const open = await page.evaluate(
    ([name, stepNames, marks]) => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const computations = performance.getEntriesByName(name, 'measure');
      // Each step's first span: the first computation's.
      const queueSteps = Object.fromEntries(
        Object.entries(stepNames).flatMap(([step, measure]) => {
          const first = performance.getEntriesByName(measure, 'measure')[0];
          return first ? [[step, first.duration]] : [];
        }),
      );
      return {
        queueSteps,
        ms: (window as unknown as { __firstGroup: number }).__firstGroup,
        workingPage: (window as unknown as { __workingPage: number }).__workingPage,
        scriptsRun: navigation.domContentLoadedEventEnd,
        queueStart: computations[0]?.startTime ?? Number.NaN,
        queueMs: computations[0]?.duration ?? Number.NaN,
        computations: computations.length,
        overKept: (performance.getEntriesByName(marks.painted, 'mark')[0] as PerformanceMark | undefined)
          ?.detail?.overKept,
        marks: Object.fromEntries(
          Object.entries(marks).map(([mark, name]) => [
            mark,
            performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN,
          ]),
        ) as Record<keyof typeof marks, number>,
      };
    },
    [
      QUEUE_MEASURE,
      Object.fromEntries(PANEL_QUEUE_STEPS.map((step) => [step, queueStepMeasure(step)])),
      PANEL_MARKS,
    ] as const,
  );
  const longTasks = await longTasksOf(page);
  await page.close();
  return { ...open, longTasks };
}

export async function report(): Promise<BenchResult[]> {
  const missing = unavailable();
  if (missing) {
    console.error(`chromium-queue: skipped (${missing})`);
    return [];
  }
  const bundle = await pageBundle('scripts/bench/chromium/in-page.ts', 'RapportBench');
  const before = BEFORE
    ? await bundleAt(BEFORE, 'scripts/bench/chromium/in-page.ts', 'RapportBefore', {
        databaseName: 'rapport-bench-before',
      })
    : '';
  const sides: Side[] = before ? ['RapportBench', 'RapportBefore'] : ['RapportBench'];
  const results: BenchResult[] = [];
  for (const shape of SHAPES.filter((s) => !only || only.includes(s))) {
    const rapport = await launchRapport({
      extensionDir: withFloorPages(PANEL_BESIDE_BUILD ? withPanelBeside(PANEL_BESIDE_BUILD) : EXTENSION_DIR),
    });
    const fake = openDatabase(`bench-queue-${shape}`);
    try {
      const page = await rapport.openExtensionPage('options');
      await inject(page, bundle);
      if (before) await inject(page, before);
      const now = await page.evaluate(() => Date.now());
      let seeded = 0;
      for (const size of SIZES) {
        const seedStart = performance.now();
        for (const side of sides) {
          await page.evaluate(
            ([bundle, s, from, to, at]) =>
              (bundle === 'RapportBench' ? RapportBench : RapportBefore).seed(s, from, to, at),
            [side, shape, seeded, size, now] as const,
          );
        }
        progress(
          `${shape} ${count(size)}: seeded in Chromium in ${Math.round((performance.now() - seedStart) / 1000)} s`,
        );
        const fakeTimes = await fakeQueue(shape, seeded, size, now, fake);
        progress(`${shape} ${count(size)}: fake-indexeddb seeded and measured`);
        seeded = size;
        const load = machineLoad();
        const { times, steps, items, before } = await timedInTurns(page, sides, now);
        const input = `${shape}: ${count(CONTACTS)} contacts, ${count(size)} interactions`;
        results.push(
          stats(`chromium queue (${shape}, ${count(size)})`, input, times, 'ms', {
            items,
            steps: stepsOf(steps),
            fakeIndexedDb: `${spread(fakeTimes)} ms`,
            load,
            ...(before ? { before: `${BEFORE}: ${spread(before.times)} ms, ${before.items} items` } : {}),
          }),
        );
        // Each figure as soon as it is known: on a loaded machine the whole run may outlast the time there is.
        progress(`${input}: queue ${JSON.stringify(results.at(-1))}`);
        results.push(await liveWrites(page, sides, now, input, size));
        progress(`${input}: live write ${JSON.stringify(results.at(-1))}`);
        const opens: PanelOpen[] = [];
        const unkept: PanelOpen[] = [];
        const beside: PanelOpen[] = [];
        const blank: FloorOpen[] = [];
        const bare: FloorOpen[] = [];
        for (let i = 0; i < RUNS; i++) {
          blank.push(await openFloor(rapport.context, rapport.extensionId, 'blank'));
          bare.push(await openFloor(rapport.context, rapport.extensionId, 'database'));
          // Which panel opens first alternates: the order changed which build looked ahead (session 12, loaded).
          if (PANEL_BESIDE_BUILD && i % 2) beside.push(await firstGroup(rapport, PANEL_BESIDE));
          // Each open with the first view the background kept, and one without it (the first open after the browser
          // started, or after a write the background has not computed yet), in alternating order.
          if (i % 2) unkept.push(await withoutKeptView(page, () => firstGroup(rapport)));
          opens.push(await firstGroup(rapport));
          if (!(i % 2)) unkept.push(await withoutKeptView(page, () => firstGroup(rapport)));
          if (PANEL_BESIDE_BUILD && !(i % 2)) beside.push(await firstGroup(rapport, PANEL_BESIDE));
        }
        const longTasks = opens.map((o) => o.longTasks.reduce((sum, t) => sum + t, 0));
        results.push(
          stats(
            `side panel first group (${shape}, ${count(size)})`,
            input,
            opens.map((o) => o.ms),
            'ms',
            {
              ...(PANEL_BESIDE_BUILD
                ? {
                    beside: `${PANEL_BESIDE_BUILD}: ${spread(beside.map((o) => o.ms))} ms, working page ${spread(beside.map((o) => o.workingPage))}, scripts run ${spread(beside.map((o) => o.scriptsRun))}, queue starts ${spread(beside.map((o) => o.queueStart).filter(Number.isFinite))}, queue in panel ${spread(beside.map((o) => o.queueMs))}, computations ${beside.map((o) => o.computations).join(' ')}, long tasks ${spread(beside.map((o) => o.longTasks.reduce((sum, t) => sum + t, 0)))}, longest ${Math.max(0, ...beside.flatMap((o) => o.longTasks))}`,
                  }
                : {}),
              floor: `a page with a one-line script: scripts run ${spread(blank.map((o) => o.scriptsRun))}, first paint ${spread(blank.map((o) => o.firstPaint))}; with indexedDB.open and one get: opened ${spread(bare.map((o) => o.opened))}, answered ${spread(bare.map((o) => o.answered))}`,
              workingPageMs: spread(opens.map((o) => o.workingPage)),
              scriptsRunMs: spread(opens.map((o) => o.scriptsRun)),
              keptViewDrawn: `${opens.filter((o) => Number.isFinite(o.marks.keptViewPainted)).length} of ${opens.length}, own queue drawn over it ${opens.filter((o) => o.overKept).length} times`,
              withoutKeptView: `first group ${spread(unkept.map((o) => o.ms))} ms, queue painted ${spread(unkept.map((o) => o.marks.painted))}, working page ${spread(unkept.map((o) => o.workingPage))}`,
              ownQueuePaintedMs: spread(opens.map((o) => o.marks.painted).filter(Number.isFinite)),
              firstStepRanMs: spread(opens.map((o) => o.marks.scriptRan).filter(Number.isFinite)),
              settingsReadMs: spread(opens.map((o) => o.marks.settingsRead).filter(Number.isFinite)),
              queueStartMs: spread(opens.map((o) => o.queueStart).filter(Number.isFinite)),
              queueMs: spread(opens.map((o) => o.queueMs).filter(Number.isFinite)),
              // From the first computation's end to the first queue painted (laid out and made into elements).
              paintedAfterQueueMs: spread(
                opens.map((o) => o.marks.painted - o.queueStart - o.queueMs).filter(Number.isFinite),
              ),
              queueStepsInPanel: PANEL_QUEUE_STEPS.flatMap((step) => {
                const ms = opens.flatMap((o) => o.queueSteps[step] ?? []);
                return ms.length ? [`${step} ${spread(ms)}`] : [];
              }).join('; '),
              computationsPerOpen: opens.map((o) => o.computations).join(' '),
              longTaskMsMedian: stats('', '', longTasks).median,
              longestTaskMs: Math.max(0, ...opens.flatMap((o) => o.longTasks)),
              load: machineLoad(),
            },
          ),
        );
        progress(`${input}: first group ${JSON.stringify(results.at(-1))}`);
      }
    } finally {
      fake.close();
      await Dexie.delete(fake.name);
      await rapport.close();
    }
  }
  return results;
}
