// `npm run bench -- --filter chromium-row-cost`: what Chromium's IndexedDB costs per 1,000 rows the import writes,
// by what it is asked to do, side by side in one page of the built extension: IndexedDB alone (the interactions'
// indexes, or none), Dexie alone, Dexie with each of the database's middlewares (lib/db/*-middleware.ts), and with
// all four as the import writes. What the commit of an import can reach with one row per message follows from it
// (200,000 messages × the cost of a row).
import { ROWS_PER_REQUEST } from '../../lib/db/put-in-slices';
import { launchRapport } from '../../tests/e2e/harness/extension';
import { inject, machineLoad, pageBundle, RUNS, stats, unavailable } from './chromium/browser';
import type { BenchResult } from './harness';

const INTERACTIONS = 14_000;

declare const RowCost: { round(n: number, round: number): Promise<Record<string, number>> };

export async function report(): Promise<BenchResult[]> {
  const missing = unavailable();
  if (missing) {
    console.error(`chromium-row-cost: skipped (${missing})`);
    return [];
  }
  const bundle = await pageBundle('scripts/bench/chromium/row-cost-in-page.ts', 'RowCost');
  const rapport = await launchRapport();
  const times: Record<string, number[]> = {};
  const load = machineLoad();
  try {
    const page = await rapport.openExtensionPage('options');
    await inject(page, bundle);
    for (let run = 0; run < RUNS; run++) {
      const round = await page.evaluate(([n, r]) => RowCost.round(n, r), [INTERACTIONS, run] as const);
      for (const [way, ms] of Object.entries(round)) times[way] = [...(times[way] ?? []), ms];
    }
  } finally {
    await rapport.close();
  }
  const input = `${INTERACTIONS.toLocaleString('en')} interactions, ${Math.ceil(INTERACTIONS / 7).toLocaleString('en')} contacts, batches of ${ROWS_PER_REQUEST}`;
  const base = stats('', '', times['interactions: Dexie'] ?? []).median;
  return Object.entries(times).map(([way, values]) =>
    stats(`chromium IndexedDB, ms per 1,000 rows: ${way}`, input, values, 'ms', {
      ...(way.startsWith('interactions') && base > 0
        ? { ofDexieAlone: Math.round((stats('', '', values).median / base) * 100) / 100 }
        : {}),
      load,
    }),
  );
}
