// `npm run bench -- --filter chromium-import`: the generated export of 30,000 connections and 200,000 messages
// imported through the options page of the built extension in Chromium, as a user does it: pick the zip (read and
// checked in the import worker), press Import (built, staged and committed by the background into Chromium's
// IndexedDB). Reports the total and its phases, the long tasks on the options page, and the browser's peak memory
// (all its processes), with the fake-indexeddb figure of the same import (scripts/bench/import.bench.ts) beside it.
// While developing: BENCH_IMPORT_SIZE=<connections>,<messages> imports a smaller export (the goal is at the default
// size; 7,500,50,000 is a quarter of it: much smaller and the save can end before the cancel step catches it
// saving, which then waits out its timeout), and BENCH_IMPORT_FAKE=0 leaves out the fake-indexeddb import (minutes
// on a busy machine). BENCH_IMPORT_FLOOR=1 adds the save's floor: every row the save wrote, put again with
// IndexedDB alone into an empty copy of the schema (scripts/bench/chromium/save-floor-in-page.ts), per table.
// BENCH_IMPORT_READERS=1 adds what the imported threads' readers then pay: a person's thread and the network view's
// year read with IndexedDB alone, and the background's network/draw (scripts/bench/chromium/thread-read-in-page.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { DATABASE_NAME } from '../../lib/db/name';
import { launchRapport, type RapportBrowser } from '../../tests/e2e/harness/extension';
import {
  inject,
  LONG_TASK_OBSERVER,
  longTasksOf,
  machineLoad,
  pageBundle,
  peakMemory,
  RUNS,
  stats,
  unavailable,
} from './chromium/browser';
import type { SaveFloor } from './chromium/save-floor-in-page';
import type { ThreadReads } from './chromium/thread-read-in-page';
import type { BenchResult } from './harness';
import { importOnce } from './import.bench';
import { generateExport } from './import-export-generator';

declare const SaveFloorProbe: { measure(sourceName: string): Promise<SaveFloor> };
declare const ThreadReadProbe: {
  measure(name: string, people: number, repeats: number): Promise<ThreadReads>;
};

/**
 * Kept in the options page from before the click: when the Import button's click reached the page, when each step of
 * the import first shows in the progress bar ("Sending…", "Saving…"), and every estimate of the time left with when
 * it was shown, on the page's own clock. The import is timed from the click reaching the page, not from the driver's
 * click: Playwright's checks before it clicks (the button visible, stable, enabled) took 2.0 s here (three runs,
 * quiet machine; 0.06 s with those checks skipped), time a user's click does not take, and the totals of sessions
 * 22 and 23 included it.
 */
const PROGRESS_RECORDER = `
  window.__importSteps = { installed: performance.now(), estimates: [] };
  document.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (/^Import [\\d,]+ rows$/.test(button?.textContent ?? '')) window.__importSteps.click ??= performance.now();
  }, true);
  new MutationObserver(() => {
    const bar = document.querySelector('[role=progressbar][aria-label="Import progress"]');
    const text = bar?.getAttribute('aria-valuetext') ?? '';
    const steps = window.__importSteps;
    const now = performance.now();
    if (text.startsWith('Sending')) steps.sending ??= now;
    if (text.startsWith('Saving')) steps.saving ??= now;
    const left = /about (\\d+) s left/.exec(text);
    if (left) steps.estimates.push([now, Number(left[1])]);
    // textContent, not innerText: innerText lays the whole page out, on the page's thread, at every mutation.
    if (!steps.done && [...document.querySelectorAll('p')].some((p) => p.textContent.startsWith('Imported: ')))
      steps.done = now;
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
`;

interface ImportSteps {
  /** When the recorder was installed: just before the driver's click. */
  installed: number;
  click: number;
  sending: number;
  saving: number;
  done: number;
  estimates: [number, number][];
}

/** How far off the time left was (shown − true, in ms), when a quarter, half and three quarters of the import had passed. */
function estimateErrors(steps: ImportSteps): number[] {
  const span = steps.done - steps.sending;
  return [0.25, 0.5, 0.75].map((part) => {
    const at = steps.sending + part * span;
    const shown = steps.estimates.filter(([t]) => t <= at).at(-1);
    return shown ? Math.round(shown[1] * 1000 - (steps.done - shown[0])) : Number.NaN;
  });
}

/**
 * Waits for `done` to hold on the page, asked every POLL_MS: Playwright's own waits for text (getByText) read every
 * element's text on the page's thread at each poll, long tasks of the bench's own making. A function, not a string:
 * the extension's pages may not evaluate strings.
 */
const POLL_MS = 100;
const waitOnPage = (page: Page, done: () => boolean) =>
  page.waitForFunction(done, undefined, { polling: POLL_MS, ...WAIT });
/** The export is read and checked: the import's button shows how many rows it will import. */
const readDone = () =>
  [...document.querySelectorAll('button')].some((button) =>
    /^Import [\d,]+ rows$/.test(button.textContent ?? ''),
  );
/**
 * The page has had no long task for a second (run in the page: no constant of this module reaches it): its loading
 * is over, and a user does not pick a file sooner. Its last tasks of loading came 0.1–0.7 s after the load event
 * (CPU profiles, load 2–3), and the bench counted them as the import's reading (103–176 ms tasks in 4 of 17 runs).
 */
const loadingDone = () => {
  const tasks = (window as unknown as { __longTasks?: [number, number][] }).__longTasks ?? [];
  const last = tasks.at(-1);
  return performance.now() - (last ? last[0] + last[1] : 0) > 1_000;
};
/** The recorder (PROGRESS_RECORDER) saw "Imported: …". */
const importDone = () =>
  (window as unknown as { __importSteps?: ImportSteps }).__importSteps?.done !== undefined;

/** The options page's long tasks, each as [start, duration] on its clock, begun at or after `since`. */
async function longTaskStartsOf(page: Page, since: number): Promise<[number, number][]> {
  const tasks = (await page.evaluate('window.__longTasks ?? []')) as [number, number][];
  return tasks.filter(([start]) => start >= since);
}

/** Each long task over 100 ms as the step of the import it began in, and its duration: "save 215". */
function longTaskStepsOf(tasks: [number, number][], steps: ImportSteps): string[] {
  const stepAt = (at: number) =>
    at < steps.click
      ? 'read'
      : at < steps.sending
        ? 'build'
        : at < steps.saving
          ? 'send'
          : at < steps.done
            ? 'save'
            : 'done';
  return tasks.filter(([, ms]) => ms > 100).map(([start, ms]) => `${stepAt(start)} ${ms}`);
}

const [CONNECTIONS = 30_000, MESSAGES = 200_000] =
  process.env.BENCH_IMPORT_SIZE?.split(',').map(Number) ?? [];
const WITH_FAKE = process.env.BENCH_IMPORT_FAKE !== '0';
const WITH_FLOOR = process.env.BENCH_IMPORT_FLOOR === '1';
const WITH_READERS = process.env.BENCH_IMPORT_READERS === '1';
/** People whose thread the readers' probe reads, and how many times it reads the network view's year. */
const READ_PEOPLE = 200;
const READ_REPEATS = 3;
const WAIT = { timeout: 900_000 };

/**
 * Kept in the options page before the cancel: when the Cancel button's click reached the page and when "Import
 * cancelled" showed, on the page's own clock. The driver's click is not the user's: on a loaded machine it took
 * 1.5–2 s of its own (actionability checks) before the click reached the page.
 */
const CANCEL_RECORDER = `
  window.__cancel = {};
  document.addEventListener('click', (event) => {
    if (event.target.closest('button')?.textContent === 'Cancel import') window.__cancel.clicked ??= performance.now();
  }, true);
  new MutationObserver(() => {
    if (/Import cancelled/.test(document.body.textContent)) window.__cancel.cancelled ??= performance.now();
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
`;

/**
 * The import started in a browser of its own (an empty database, so its commit has rows to save) and cancelled once
 * saving shows: ms from the click reaching the page to "Import cancelled" (`page`), and from the driver's click
 * (`driver`). Not in the browser just measured: the same export imported again there writes nothing, so saving
 * never shows.
 */
async function cancelWhileSaving(zip: string): Promise<{ page: number; driver: number }> {
  const rapport = await launchRapport();
  try {
    const page = await rapport.openExtensionPage('options');
    await page.getByLabel('LinkedIn export (zip or CSV files)').setInputFiles(zip);
    await page.getByRole('button', { name: /^Import [\d,]+ rows$/ }).click(WAIT);
    await page
      .getByRole('progressbar', { name: 'Import progress' })
      .and(page.locator('[aria-valuetext^="Saving"]'))
      .waitFor(WAIT);
    await page.evaluate(CANCEL_RECORDER);
    const start = performance.now();
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await page.getByText('Import cancelled. Nothing was changed.').waitFor(WAIT);
    const driver = performance.now() - start;
    const { clicked, cancelled } = (await page.evaluate('window.__cancel')) as {
      clicked: number;
      cancelled: number;
    };
    return { page: cancelled - clicked, driver };
  } finally {
    await rapport.close();
  }
}

/** The background's own timing of each step of the import (lib/background/import-runs.ts › timedStep), ms summed by step. */
async function backgroundSteps(rapport: RapportBrowser): Promise<Record<string, number>> {
  const worker = await rapport.worker();
  const measures = await worker.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('import: '))
      .map((entry) => [entry.name.slice('import: '.length), entry.duration] as const),
  );
  const steps: Record<string, number> = {};
  for (const [step, ms] of measures) steps[step] = (steps[step] ?? 0) + ms;
  return steps;
}

export async function report(): Promise<BenchResult[]> {
  const missing = unavailable();
  if (missing) {
    console.error(`chromium-import: skipped (${missing})`);
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'rapport-import-bench-'));
  const zip = join(dir, 'export.zip');
  const files = generateExport(CONNECTIONS, MESSAGES);
  writeFileSync(
    zip,
    zipSync(Object.fromEntries(files.map((f) => [`Basic_LinkedInDataExport/${f.name}`, f.bytes]))),
  );
  const runs: {
    total: number;
    read: number;
    /** The driver's click: from just before it to its click reaching the page (not counted in `total`). */
    driverClick: number;
    build: number;
    send: number;
    save: number;
    apply: number;
    timeLeftErrors: number[];
    longTasks: number[];
    /** The long tasks over 100 ms, each as its step and duration ("save 215"). */
    longTaskSteps: string[];
    /** Long tasks of the options page before the file was chosen (its loading), not counted in longTasks. */
    loadLongTasks: number;
    peakMb: number;
    background: Record<string, number>;
    floor?: SaveFloor;
    reads?: ThreadReads;
  }[] = [];
  const floorBundle = WITH_FLOOR
    ? await pageBundle('scripts/bench/chromium/save-floor-in-page.ts', 'SaveFloorProbe')
    : undefined;
  const readsBundle = WITH_READERS
    ? await pageBundle('scripts/bench/chromium/thread-read-in-page.ts', 'ThreadReadProbe')
    : undefined;
  const cancels: { page: number; driver: number }[] = [];
  const fake: number[] = [];
  let load = '';
  try {
    for (let run = 0; run < RUNS; run++) {
      load = machineLoad();
      const rapport = await launchRapport();
      const stopSampling = peakMemory(rapport.profileDir);
      try {
        await rapport.context.addInitScript(LONG_TASK_OBSERVER);
        const page = await rapport.openExtensionPage('options');
        // The options page's own loading (mounting every section, after the load event the driver waits for) is not
        // the import: its long tasks are counted apart, once the page has had none for a while.
        await waitOnPage(page, loadingDone);
        const pageStart = (await page.evaluate('performance.now()')) as number;
        const start = performance.now();
        await page.getByLabel('LinkedIn export (zip or CSV files)').setInputFiles(zip);
        await waitOnPage(page, readDone);
        const read = performance.now() - start;
        await page.evaluate(PROGRESS_RECORDER);
        await page.getByRole('button', { name: /^Import [\d,]+ rows$/ }).click();
        await waitOnPage(page, importDone);
        const steps = (await page.evaluate('window.__importSteps')) as ImportSteps;
        // Without the click's time every figure below would be NaN: say why instead (the button's text changed?).
        if (steps.click === undefined) throw new Error("the Import button's click was not seen on the page");
        // Read (the driver's clock, up to a poll late) and the rest from the click to "Imported" (the page's clock):
        // the time between, the driver's own before its click reached the page, is not the import's.
        const total = read + steps.done - steps.click;
        const longTasks = await longTasksOf(page, pageStart);
        const longTaskSteps = longTaskStepsOf(await longTaskStartsOf(page, pageStart), steps);
        const loadLongTasks = (await longTasksOf(page)).length - longTasks.length;
        const peakMb = stopSampling();
        const background = await backgroundSteps(rapport);
        let floor: SaveFloor | undefined;
        if (floorBundle) {
          await inject(page, floorBundle);
          floor = await page.evaluate((name) => SaveFloorProbe.measure(name), DATABASE_NAME);
        }
        let reads: ThreadReads | undefined;
        if (readsBundle) {
          await inject(page, readsBundle);
          reads = await page.evaluate(
            ([name, people, repeats]) => ThreadReadProbe.measure(name, people, repeats),
            [DATABASE_NAME, READ_PEOPLE, READ_REPEATS] as const,
          );
        }
        runs.push({
          total,
          read,
          driverClick: steps.click - steps.installed,
          build: steps.sending - steps.click,
          send: steps.saving - steps.sending,
          save: steps.done - steps.saving,
          apply: total - read,
          timeLeftErrors: estimateErrors(steps),
          longTasks,
          longTaskSteps,
          loadLongTasks,
          peakMb,
          background,
          floor,
          reads,
        });
      } finally {
        stopSampling();
        await rapport.close();
      }
      cancels.push(await cancelWhileSaving(zip));
      if (WITH_FAKE) fake.push((await importOnce(CONNECTIONS, MESSAGES)).total);
      console.error(`chromium-import: run ${run + 1} of ${RUNS} done`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const input = `${CONNECTIONS.toLocaleString('en')} connections + ${MESSAGES.toLocaleString('en')} messages (zip)`;
  const fakeStats = stats('', '', fake);
  const tasks = runs.flatMap((r) => r.longTasks);
  return [
    stats(
      'chromium import, total (options page)',
      input,
      runs.map((r) => r.total),
      'ms',
      {
        ...(WITH_FAKE ? { fakeIndexedDbMs: `${fakeStats.median} (${fakeStats.min}–${fakeStats.max})` } : {}),
        pageLongTasksPerRun: runs.map((r) => r.longTasks.length).join('/'),
        pageLongTasksOver100ms: tasks.filter((t) => t > 100).length,
        pageLongestTaskMs: Math.max(0, ...tasks),
        pageLongTasksOver100msBySteps: runs.map((r) => r.longTaskSteps.join(',') || '-').join(' / '),
        pageLoadLongTasksPerRun: runs.map((r) => r.loadLongTasks).join('/'),
        driverClickMsNotCounted: runs.map((r) => Math.round(r.driverClick)).join('/'),
        load,
      },
    ),
    stats(
      'chromium import: read + check (worker)',
      input,
      runs.map((r) => r.read),
    ),
    stats(
      'chromium import: build + stage + commit',
      input,
      runs.map((r) => r.apply),
    ),
    stats(
      'chromium import: build (worker)',
      input,
      runs.map((r) => r.build),
    ),
    stats(
      'chromium import: send + stage (page → background)',
      input,
      runs.map((r) => r.send),
    ),
    stats(
      'chromium import: save (the commit, one transaction)',
      input,
      runs.map((r) => r.save),
      'ms',
      {
        saveCostPerSend: stats(
          '',
          '',
          runs.map((r) => r.save / r.send),
          'ms',
          undefined,
          2,
        ).median,
      },
    ),
    stats(
      'chromium import: time left shown − time left, at ¼ ½ ¾',
      input,
      runs.flatMap((r) => r.timeLeftErrors.filter(Number.isFinite)),
      'ms',
      { perRunMs: runs.map((r) => r.timeLeftErrors.join('/')).join(' ; ') },
    ),
    stats(
      'chromium import: cancel while saving, click → cancelled (page clock)',
      input,
      cancels.map((c) => c.page),
      'ms',
      { driverClickToCancelledMs: cancels.map((c) => Math.round(c.driver)).join('/') },
    ),
    ...Object.keys(runs[0]?.background ?? {}).map((step) =>
      stats(
        `chromium import, background: ${step}`,
        input,
        runs.map((r) => r.background[step] ?? 0),
      ),
    ),
    ...Object.keys(runs[0]?.floor?.ms ?? {}).map((table) =>
      stats(
        `chromium import, floor (IndexedDB alone, one relaxed transaction): ${table}`,
        input,
        runs.map((r) => r.floor?.ms[table] ?? 0),
        'ms',
        {
          rows: runs[0]?.floor?.rows[table] ?? 0,
          issuingMs: runs.map((r) => Math.round(r.floor?.issueMs[table] ?? 0)).join('/'),
        },
      ),
    ),
    ...(runs[0]?.floor
      ? [
          stats(
            'chromium import, floor (IndexedDB alone, one relaxed transaction): all five tables',
            input,
            runs.map((r) => r.floor?.totalMs ?? 0),
          ),
        ]
      : []),
    ...(runs[0]?.reads
      ? [
          stats(
            `chromium import, then a person's imported thread read (IndexedDB alone, ${runs[0].reads.layout})`,
            input,
            runs.flatMap((r) => r.reads?.personMs ?? []),
            'ms',
            {
              people: READ_PEOPLE,
              perRunMaxMs: runs.map((r) => Math.round(Math.max(0, ...(r.reads?.personMs ?? [])))).join('/'),
            },
            2,
          ),
          stats(
            `chromium import, then the network view's year of threads read (IndexedDB alone, ${runs[0].reads.layout})`,
            input,
            runs.flatMap((r) => r.reads?.windowMs ?? []),
            'ms',
            { rows: runs[0].reads.windowRows },
          ),
          stats(
            'chromium import, then network/draw (background)',
            input,
            runs.flatMap((r) => r.reads?.drawMs ?? []),
          ),
        ]
      : []),
    stats(
      'chromium import: peak browser memory',
      input,
      runs.map((r) => r.peakMb),
      'MB',
    ),
  ];
}
