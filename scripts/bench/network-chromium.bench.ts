// `npm run bench -- --filter network`: the network view ("your network at a glance") at 50,000 people in the
// built extension's own IndexedDB in Chromium: the computation (IndexedDB read + measures) and the page's first
// render (navigation start → every chart on screen). Goal (issue 16): first render under 300 ms.
import type { Page } from 'playwright-core';
import { launchRapport, type RapportBrowser } from '../../tests/e2e/harness/extension';
import {
  inject,
  LONG_TASK_OBSERVER,
  longTasksOf,
  machineLoad,
  pageBundle,
  RUNS,
  stats,
  unavailable,
} from './chromium/browser';
import type { BenchResult } from './harness';

const CONTACTS = 50_000;
const INTERACTIONS = 100_000;

declare const RapportNetworkBench: {
  seed(contacts: number, interactions: number, now: number): Promise<void>;
  computeTimes(
    n: number,
    now: number,
  ): Promise<{
    load: number[];
    compute: number[];
    people: number;
    contactsOnly: number[];
    exchangesOnly: number[];
  }>;
};

/** Opens the network page and reads its marks: data read, measures computed, charts committed. */
async function openOnce(rapport: RapportBrowser) {
  const page: Page = await rapport.context.newPage();
  await page.addInitScript(LONG_TASK_OBSERVER);
  await page.goto(`chrome-extension://${rapport.extensionId}/network.html`);
  await page.waitForFunction(() => performance.getEntriesByName('network:rendered').length > 0, undefined, {
    timeout: 120_000,
  });
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      ['start', 'loaded', 'computed', 'rendered'].map((name) => [
        name,
        performance.getEntriesByName(`network:${name}`)[0]!.startTime,
      ]),
    ),
  );
  const charts = await page.locator('svg.chart').count();
  const longTasks = await longTasksOf(page);
  await page.close();
  return { marks, charts, longTasks };
}

export async function report(): Promise<BenchResult[]> {
  const missing = unavailable();
  if (missing) {
    console.error(`network-chromium: skipped (${missing})`);
    return [];
  }
  const bundle = await pageBundle('scripts/bench/chromium/network-in-page.ts', 'RapportNetworkBench');
  const rapport = await launchRapport();
  try {
    // Seeded from the static Why page: a page with live queries (options, popup) would re-read as rows arrive.
    const page = await rapport.context.newPage();
    await page.goto(`chrome-extension://${rapport.extensionId}/why.html`);
    await inject(page, bundle);
    const now = await page.evaluate(() => Date.now());
    const seedStart = performance.now();
    await page.evaluate(([c, i, at]) => RapportNetworkBench.seed(c, i, at), [
      CONTACTS,
      INTERACTIONS,
      now,
    ] as const);
    console.error(`network-chromium: seeded in ${Math.round((performance.now() - seedStart) / 1000)} s`);
    const input = `${CONTACTS.toLocaleString('en')} contacts, ${INTERACTIONS.toLocaleString('en')} interactions, Chromium IndexedDB`;
    const { load, compute, people, contactsOnly, exchangesOnly } = await page.evaluate(
      ([n, at]) => RapportNetworkBench.computeTimes(n, at),
      [RUNS, now] as const,
    );
    const results = [
      stats('network view: IndexedDB read', input, load, 'ms', { people, load: machineLoad() }),
      stats('network view: read of every person alone', input, contactsOnly, 'ms'),
      stats("network view: read of the year's exchanges alone", input, exchangesOnly, 'ms'),
      stats('network view: measures', input, compute, 'ms'),
      stats(
        'network view: computation (read + measures)',
        input,
        load.map((ms, i) => ms + compute[i]!),
        'ms',
      ),
    ];
    const opens = [];
    for (let i = 0; i < RUNS; i++) opens.push(await openOnce(rapport));
    results.push(
      stats(
        'network view: first render (open → charts)',
        input,
        opens.map((o) => o.marks.rendered!),
        'ms',
        {
          charts: opens[0]!.charts,
          computeInPageMedian: stats(
            '',
            '',
            opens.map((o) => o.marks.computed! - o.marks.start!),
          ).median,
          longestTaskMs: Math.max(0, ...opens.flatMap((o) => o.longTasks)),
          load: machineLoad(),
        },
      ),
    );
    return results;
  } finally {
    await rapport.close();
  }
}
