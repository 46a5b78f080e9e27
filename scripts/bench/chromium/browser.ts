// What the Chromium benchmarks share: the built extension in a real browser, code of ours evaluated in its
// pages, the browser's memory, and results with median and min–max.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR } from '../../../tests/e2e/harness/extension';
import type { BenchResult } from '../harness';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Runs per measurement (the machine is shared: the median of several, with min and max). */
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Why a Chromium benchmark cannot run here, or null when it can. */
export function unavailable(): string | null {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    return `no built extension at ${EXTENSION_DIR} (npm run build)`;
  return null;
}

/**
 * A module of ours as a script that defines `globalName` when evaluated in a page; `minify` to run the code as a
 * content script's bundle has it.
 */
export function pageBundle(entry: string, globalName: string, { minify = false } = {}): Promise<string> {
  return bundleFile(resolve(ROOT, entry), globalName, minify);
}

async function bundleFile(
  path: string,
  globalName: string,
  minify = false,
  databaseName?: string,
): Promise<string> {
  const out = await build({
    entryPoints: [path],
    bundle: true,
    minify,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    // Packages from this checkout, for a module of another commit's checkout too.
    nodePaths: [join(ROOT, 'node_modules')],
    plugins: databaseName ? [renamedDatabase(databaseName)] : [],
    logLevel: 'error',
  });
  // A page evaluation runs in a scope of its own: the global is made explicit.
  return `${out.outputFiles[0]!.text}\nglobalThis.${globalName} = ${globalName};`;
}

/** The database's name module (lib/db/name.ts) replaced, so a bundle opens a database of its own. */
const renamedDatabase = (name: string): Plugin => ({
  name: 'renamed-database',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]lib[\\/]db[\\/]name\.ts$/ }, () => ({
      contents: `export const DATABASE_NAME = ${JSON.stringify(name)};`,
      loader: 'ts',
    }));
  },
});

/**
 * A module as another commit has it, bundled like `pageBundle` from a temporary checkout of that commit, so a
 * benchmark can time before and after side by side in one page; with `databaseName`, the bundle opens that
 * database instead of Rapport's (a commit before a schema change reads a database of its own schema).
 */
export async function bundleAt(
  commit: string,
  entry: string,
  globalName: string,
  { databaseName }: { databaseName?: string } = {},
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-before-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: ROOT, stdio: 'ignore' });
  try {
    return await bundleFile(join(dir, entry), globalName, false, databaseName);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
  }
}

/** Evaluates a bundle in the page (DevTools evaluation is not bound by the extension's CSP). */
export async function inject(page: Page, bundle: string): Promise<void> {
  await page.evaluate(bundle);
}

export function stats(
  name: string,
  input: string,
  values: number[],
  unit: BenchResult['unit'] = 'ms',
  extra?: BenchResult['extra'],
  /** Decimals kept: one for most figures, three for sub-millisecond ones. */
  decimals = 1,
): BenchResult {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (x: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
  return {
    name,
    unit,
    median: round(median),
    min: round(sorted[0]!),
    max: round(sorted.at(-1)!),
    n: values.length,
    input,
    ...(extra ? { extra } : {}),
  };
}

/** Resident memory of every process of the browser running on this profile, in MB (Linux /proc). */
export function browserRssMb(profileDir: string): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(profileDir)) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(rss?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return Math.round(kb / 1024);
}

/** Samples the browser's memory every 250 ms until stopped; returns the peak in MB. */
export function peakMemory(profileDir: string): () => number {
  let peak = browserRssMb(profileDir);
  const timer = setInterval(() => {
    peak = Math.max(peak, browserRssMb(profileDir));
  }, 250);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** The machine's load when a benchmark starts: its figures mean little without it. */
export function machineLoad(): string {
  const [one, five] = readFileSync('/proc/loadavg', 'utf8').split(' ');
  return `load ${one}/${five} on 2 cores`;
}

/** Records long tasks (over 50 ms) on every page of the context from its first script on. */
export const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
  }).observe({ type: 'longtask', buffered: true });
`;

/**
 * The page's long tasks, ms each: all of them, or those begun at or after `since` (the page's clock), so a step can
 * be told apart from the page's own loading before it.
 */
export async function longTasksOf(page: Page, since = 0): Promise<number[]> {
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks?: [number, number][] }).__longTasks ?? [],
  );
  return tasks.filter(([start]) => start >= since).map(([, duration]) => duration);
}

/**
 * Marks `mark` in the page once the first element matching `selector` is on screen: a MutationObserver sees it
 * inserted; the frame after the next has begun, so the frame that drew it has been painted (at most one frame
 * late, and not behind the page's other queued tasks, as a timer would be). The same measure whatever draws the
 * page (React or plain DOM), from the navigation's start; add it as an init script.
 */
export function paintedObserver(selector: string, mark: string): string {
  return `
    new MutationObserver((_, observer) => {
      if (!document.querySelector(${JSON.stringify(selector)})) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(${JSON.stringify(mark)})));
    }).observe(document, { childList: true, subtree: true });
  `;
}
