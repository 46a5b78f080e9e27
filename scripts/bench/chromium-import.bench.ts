// `npm run bench -- --filter chromium-import`: the generated export of 30,000 connections and 200,000 messages
// imported through the options page of the built extension in Chromium, as a user does it: pick the zip (read and
// checked in the import worker), press Import (built, staged and committed by the background into Chromium's
// IndexedDB). Reports the total and its phases, the long tasks on the options page, and the browser's peak memory
// (all its processes), with the fake-indexeddb figure of the same import (scripts/bench/import.bench.ts) beside it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { launchRapport } from '../../tests/e2e/harness/extension';
import {
  LONG_TASK_OBSERVER,
  longTasksOf,
  machineLoad,
  peakMemory,
  RUNS,
  stats,
  unavailable,
} from './chromium/browser';
import type { BenchResult } from './harness';
import { importOnce } from './import.bench';
import { generateExport } from './import-export-generator';

const CONNECTIONS = 30_000;
const MESSAGES = 200_000;
const WAIT = { timeout: 900_000 };

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
  const runs: { total: number; read: number; apply: number; longTasks: number[]; peakMb: number }[] = [];
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
        const start = performance.now();
        await page.getByLabel('LinkedIn export (zip or CSV files)').setInputFiles(zip);
        const button = page.getByRole('button', { name: /^Import [\d,]+ rows$/ });
        await button.waitFor(WAIT);
        const read = performance.now() - start;
        await button.click();
        await page.getByText(/^Imported: /).waitFor(WAIT);
        const total = performance.now() - start;
        runs.push({
          total,
          read,
          apply: total - read,
          longTasks: await longTasksOf(page),
          peakMb: stopSampling(),
        });
      } finally {
        stopSampling();
        await rapport.close();
      }
      fake.push((await importOnce()).total);
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
        fakeIndexedDbMs: `${fakeStats.median} (${fakeStats.min}–${fakeStats.max})`,
        pageLongTasksPerRun: runs.map((r) => r.longTasks.length).join('/'),
        pageLongTasksOver100ms: tasks.filter((t) => t > 100).length,
        pageLongestTaskMs: Math.max(0, ...tasks),
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
      'chromium import: peak browser memory',
      input,
      runs.map((r) => r.peakMb),
      'MB',
    ),
  ];
}
