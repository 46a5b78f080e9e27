// `npm run bench -- --filter zip-bomb`: crafted zips picked on the options page of the built extension in Chromium,
// as a user (or someone who sent them the file) would: how far the browser's memory climbs (all its processes,
// sampled every 250 ms, above what it held before the pick) until the page shows the refusal, and how long that
// takes. Crafted by tests/support/crafted-zip.ts; the refusals themselves are tested in
// tests/security/unit/zip-bomb.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { launchRapport } from '../../tests/e2e/harness/extension';
import { bombPayload, craftZip, overlappingBomb } from '../../tests/support/crafted-zip';
import { browserRssMb, machineLoad, peakMemory, RUNS, stats, unavailable } from './chromium/browser';
import type { BenchResult } from './harness';

const BOMBS: { name: string; input: string; make: () => Uint8Array }[] = [
  {
    name: 'overlapping entries',
    input: '128 MB deflated once, listed 42 times as messages.csv (5.4 GB claimed)',
    make: () => overlappingBomb(128, 42),
  },
  {
    name: 'size that lies',
    input: 'messages.csv declares 1 KB, inflates to 128 MB',
    make: () =>
      craftZip(
        [{ name: 'messages.csv', data: bombPayload(128) }],
        [{ name: 'messages.csv', file: 0, size: 1024 }],
      ),
  },
  {
    name: 'many entries',
    input: '60,000 one-byte entries',
    make: () =>
      craftZip(
        Array.from({ length: 60_000 }, (_, i) => ({ name: `f${i}.csv`, data: strToU8('x'), store: true })),
      ),
  },
];

export async function report(): Promise<BenchResult[]> {
  const missing = unavailable();
  if (missing) {
    console.error(`zip-bomb-chromium: skipped (${missing})`);
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'rapport-zip-bomb-'));
  const results: BenchResult[] = [];
  const load = machineLoad();
  try {
    for (const bomb of BOMBS) {
      const bytes = bomb.make();
      const file = join(dir, 'export.zip');
      writeFileSync(file, bytes);
      const growth: number[] = [];
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const rapport = await launchRapport();
        try {
          const page = await rapport.openExtensionPage('options');
          await page.getByLabel('LinkedIn export (zip or CSV files)').waitFor();
          const before = browserRssMb(rapport.profileDir);
          const stop = peakMemory(rapport.profileDir);
          const start = performance.now();
          await page.getByLabel('LinkedIn export (zip or CSV files)').setInputFiles(file);
          await page
            .getByText(/^Import failed, nothing was changed: export\.zip/)
            .waitFor({ timeout: 600_000 });
          times.push(performance.now() - start);
          growth.push(stop() - before);
        } finally {
          await rapport.close();
        }
      }
      const input = `${bomb.input}; ${Math.round(bytes.length / 1024)} KB zip`;
      results.push(
        stats(`zip refused: browser memory growth, ${bomb.name}`, input, growth, 'MB', { load }),
        stats(`zip refused: time to the message, ${bomb.name}`, input, times),
      );
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
