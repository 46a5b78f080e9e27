// `npm run bench` prints a table; `npm run -s bench -- --json` prints one JSON object per line.
// Each file in scripts/bench/ named *.bench.ts exports `benchmarks` (and optionally `report`, for figures
// such as bundle sizes or memory that are not timings). `--filter <text>` runs the matching files only.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import 'fake-indexeddb/auto';
import { type Benchmark, type BenchResult, measure } from './bench/harness';

const args = process.argv.slice(2);
const json = args.includes('--json');
const filterIndex = args.indexOf('--filter');
const filter = filterIndex >= 0 ? args[filterIndex + 1] : undefined;

const dir = join(import.meta.dirname, 'bench');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();

function print(result: BenchResult) {
  if (json) {
    console.log(JSON.stringify(result));
    return;
  }
  const extra = result.extra
    ? `  ${Object.entries(result.extra)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`
    : '';
  console.log(
    `${result.name.padEnd(48)} ${result.median.toFixed(3).padStart(10)} ${result.unit} median  ` +
      `(min ${result.min.toFixed(3)}, max ${result.max.toFixed(3)}, n=${result.n})  ${result.input}${extra}`,
  );
}

for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as {
    benchmarks?: Benchmark[];
    report?: () => Promise<BenchResult[]>;
  };
  for (const bench of mod.benchmarks ?? []) print(await measure(bench));
  for (const result of (await mod.report?.()) ?? []) print(result);
}
