// `npm run bench` prints a table; `npm run -s bench -- --json` prints one JSON object per line.
// Each file in scripts/bench/ named *.bench.ts exports `benchmarks` (and optionally `report`, for figures
// such as bundle sizes or memory that are not timings). `--filter <text>` runs the matching files only.
// Every file runs in a process of its own, so one benchmark's heap (a 50,000-contact database, a 50 MB
// export) does not slow the next one down through garbage collection.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import 'fake-indexeddb/auto';
import { type Benchmark, type BenchResult, measure } from './bench/harness';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const dir = join(import.meta.dirname, 'bench');

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

async function runFile(file: string) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as {
    benchmarks?: Benchmark[];
    report?: () => Promise<BenchResult[]>;
  };
  for (const bench of mod.benchmarks ?? []) print(await measure(bench));
  for (const result of (await mod.report?.()) ?? []) print(result);
}

const only = option('--file');
if (only) {
  await runFile(only);
} else {
  const filter = option('--filter');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
    .sort();
  for (const file of files) {
    const forwarded = [import.meta.filename, '--file', file, ...(json ? ['--json'] : [])];
    execFileSync(process.execPath, [...process.execArgv, ...forwarded], { stdio: 'inherit' });
  }
}
