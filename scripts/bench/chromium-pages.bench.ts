// `npm run bench -- --filter chromium-pages` (about 1–2 min): what each extension page loads and how soon it can
// be used, in Chromium, on an empty database. Per page: the JavaScript the browser actually fetched by the time the
// page is interactive (its resource timings, sized from the build), and open-to-interactive: the navigation's start
// to its first heading on screen (React has committed, so its controls answer). The background: its script's size
// and a wake (the browser stopped the worker; a page's message starts it) to its first reply. What a page fetches
// only later (the tone engine and its weights, when a draft opens) is listed apart.
// `BENCH_BEFORE=<folder of another build's chrome-mv3>` measures that build too, alternating page by page, so a
// before/after comparison runs side by side under the same load.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchRapport, type RapportBrowser } from '../../tests/e2e/harness/extension';
import {
  inject,
  machineLoad,
  pageBundle,
  paintedObserver,
  RUNS,
  stats,
  unavailable,
} from './chromium/browser';
import { type BenchResult, sizeResult } from './harness';

const ALL_PAGES = ['popup', 'sidepanel', 'options', 'network', 'welcome', 'why'];
/** `BENCH_PAGES=why,network` opens only those pages (`none`: only the network render, the wake and the sizes). */
const PAGES = process.env.BENCH_PAGES
  ? process.env.BENCH_PAGES.split(',').filter((p) => ALL_PAGES.includes(p))
  : ALL_PAGES;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const sizeIn = (dir: string, file: string) => statSync(join(dir, file)).size;

interface Build {
  label: string;
  dir: string;
  rapport: RapportBrowser;
}

/**
 * Opens a page and waits for its first heading; returns the time and the script and weight files the page
 * fetched until then (the browser's own network log: resource timing leaves extension files out).
 */
async function openOnce(build: Build, name: string): Promise<{ ms: number; files: string[] }> {
  const page: Page = await build.rapport.context.newPage();
  const cdp = await build.rapport.context.newCDPSession(page);
  const files: string[] = [];
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    const path = new URL(request.url).pathname.slice(1);
    if (/\.(js|json)$/.test(path)) files.push(path);
  });
  await cdp.send('Network.enable');
  await page.goto(`chrome-extension://${build.rapport.extensionId}/${name}.html`);
  // A string, not a function: the bench runner's transpiler would add helpers the page does not have.
  const ms = await page.evaluate<number>(
    `new Promise((resolve) => { const check = () => document.querySelector('h1, h2') ? resolve(performance.now()) : requestAnimationFrame(check); check(); })`,
  );
  await cdp.detach();
  await page.close();
  return { ms, files };
}

/** The worker stopped as the browser stops an idle one, then woken by a page's message: ms to its reply. */
async function wakeOnce(build: Build): Promise<number> {
  await build.rapport.stopServiceWorker();
  const page = await build.rapport.context.newPage();
  await page.goto(`chrome-extension://${build.rapport.extensionId}/why.html`);
  const ms = await page.evaluate<number>(
    `(async () => { const start = performance.now(); await chrome.runtime.sendMessage({ type: 'ping' }); return performance.now() - start; })()`,
  );
  await page.close();
  return ms;
}

declare const RapportNetworkBench: {
  seed(contacts: number, interactions: number, now: number): Promise<void>;
  drawTimes(n: number): Promise<unknown>;
};
/** People in the stored picture: the page reads the same few rows whatever the size (5.3 KB at 50,000). */
const NETWORK_PEOPLE = 2_000;

/** Seeds people and has the background draw and store their picture. */
async function storePicture(build: Build, bundle: string): Promise<void> {
  const page = await build.rapport.context.newPage();
  await page.goto(`chrome-extension://${build.rapport.extensionId}/why.html`);
  await inject(page, bundle);
  await page.evaluate(
    async ([people, exchanges]) => {
      await RapportNetworkBench.seed(people, exchanges, Date.now());
      await RapportNetworkBench.drawTimes(1);
    },
    [NETWORK_PEOPLE, 2 * NETWORK_PEOPLE] as const,
  );
  await page.close();
}

/** Opens the network page until its charts are painted (observed from outside the page: the same for any build). */
async function networkFirstRender(build: Build): Promise<number> {
  const network = await build.rapport.context.newPage();
  await network.addInitScript(paintedObserver('svg.chart', 'bench:charts-painted'));
  await network.goto(`chrome-extension://${build.rapport.extensionId}/network.html`);
  await network.waitForFunction(() => performance.getEntriesByName('bench:charts-painted').length > 0);
  const ms = await network.evaluate(() => performance.getEntriesByName('bench:charts-painted')[0]!.startTime);
  await network.close();
  return ms;
}

/** The tone engine's chunk and weight files: what a page fetches when its first draft opens. */
function onFirstDraft(dir: string): { files: string[]; bytes: number } {
  const chunks = readdirSync(join(dir, 'chunks'))
    .filter((f) => /^tone-engine-.*\.js$|^tone-.*\.js$/.test(f))
    .map((f) => `chunks/${f}`);
  let weights: string[] = [];
  try {
    weights = readdirSync(join(dir, 'tone')).map((f) => `tone/${f}`);
  } catch {
    // A build that bundles the weights into its scripts has no weight files.
  }
  const files = [...chunks, ...weights];
  return { files, bytes: files.reduce((sum, f) => sum + sizeIn(dir, f), 0) };
}

export async function report(): Promise<BenchResult[]> {
  const missing = unavailable();
  if (missing) {
    console.error(`chromium-pages: skipped (${missing})`);
    return [];
  }
  const builds: Build[] = [{ label: 'this build', dir: EXTENSION_DIR, rapport: await launchRapport() }];
  const before = process.env.BENCH_BEFORE;
  if (before)
    builds.push({ label: 'BEFORE', dir: before, rapport: await launchRapport({ extensionDir: before }) });
  const results: BenchResult[] = [];
  try {
    for (const name of PAGES) {
      const runs = new Map(builds.map((b) => [b, [] as { ms: number; files: string[] }[]]));
      // Alternating builds run by run: both see the same moments of the machine's load.
      for (let run = 0; run < RUNS; run++)
        for (const build of builds) runs.get(build)!.push(await openOnce(build, name));
      for (const build of builds) {
        const opens = runs.get(build)!;
        const files = [...new Set(opens.flatMap((o) => o.files))].sort();
        const bytes = files.reduce((sum, f) => sum + sizeIn(build.dir, f), 0);
        results.push(
          stats(
            `${build.label} ${name}: open to interactive`,
            `${name}.html, empty database`,
            opens.map((o) => o.ms),
            'ms',
            {
              jsKb: kb(bytes),
              files: files.length,
              tone: files.some((f) => /tone/.test(f)) ? 'yes' : 'no',
              load: machineLoad(),
            },
          ),
        );
      }
    }
    // The network page's first render from a stored picture (issue 16), alternating builds run by run.
    const bundle = await pageBundle('scripts/bench/chromium/network-in-page.ts', 'RapportNetworkBench');
    for (const build of builds) await storePicture(build, bundle);
    const renders = new Map(builds.map((b) => [b, [] as number[]]));
    for (let run = 0; run < RUNS; run++)
      for (const build of builds) renders.get(build)!.push(await networkFirstRender(build));
    for (const build of builds) {
      results.push(
        stats(
          `${build.label} network: open to charts (stored picture of ${NETWORK_PEOPLE.toLocaleString('en')})`,
          'network.html',
          renders.get(build)!,
          'ms',
          { load: machineLoad() },
        ),
      );
    }
    const wakes = new Map(builds.map((b) => [b, [] as number[]]));
    for (let run = 0; run < RUNS; run++)
      for (const build of builds) wakes.get(build)!.push(await wakeOnce(build));
    for (const build of builds) {
      results.push(
        stats(
          `${build.label} background: wake to first reply`,
          'service worker stopped, then messaged',
          wakes.get(build)!,
          'ms',
          {
            jsKb: kb(sizeIn(build.dir, 'background.js')),
            load: machineLoad(),
          },
        ),
      );
      const draft = onFirstDraft(build.dir);
      results.push(
        sizeResult(
          `${build.label} tone engine + weights (fetched when a draft opens)`,
          draft.files.join(' '),
          draft.bytes,
        ),
      );
      for (const file of readdirSync(join(build.dir, 'content-scripts')).filter((f) => f.endsWith('.js'))) {
        results.push(
          sizeResult(
            `${build.label} content script ${file}`,
            'every LinkedIn page',
            sizeIn(build.dir, `content-scripts/${file}`),
          ),
        );
      }
    }
  } finally {
    for (const build of builds) await build.rapport.close();
  }
  return results;
}
