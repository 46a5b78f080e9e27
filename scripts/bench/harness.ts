/** One measured operation. `run` is called `n` times after `warmup` calls; `setup` runs once, untimed. */
export interface Benchmark {
  name: string;
  /** What the input is, in words a reader can check: "1,000-character draft", "50,000 contacts". */
  input: string;
  n?: number;
  warmup?: number;
  setup?: () => Promise<void> | void;
  run: () => Promise<unknown> | unknown;
  teardown?: () => Promise<void> | void;
}

export interface BenchResult {
  name: string;
  /** Timings are in ms; sizes (bundles, model files, memory) are reported as such. */
  unit: 'ms' | 'KB' | 'MB';
  median: number;
  min: number;
  max: number;
  n: number;
  input: string;
  /** Extra figures a benchmark reports, e.g. heap in MB or a bundle size in KB. */
  extra?: Record<string, number | string>;
}

export async function measure(bench: Benchmark): Promise<BenchResult> {
  const n = bench.n ?? 30;
  await bench.setup?.();
  for (let i = 0; i < (bench.warmup ?? 3); i++) await bench.run();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await bench.run();
    times.push(performance.now() - start);
  }
  await bench.teardown?.();
  times.sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const median = n % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    name: bench.name,
    unit: 'ms',
    median: round(median),
    min: round(times[0]!),
    max: round(times[n - 1]!),
    n,
    input: bench.input,
  };
}

/** A size as a result row: the figure is the same in median, min and max, in KB with one decimal. */
export function sizeResult(
  name: string,
  input: string,
  bytes: number,
  extra?: BenchResult['extra'],
): BenchResult {
  const kb = Math.round((bytes / 1024) * 10) / 10;
  return { name, unit: 'KB', median: kb, min: kb, max: kb, n: 1, input, ...(extra ? { extra } : {}) };
}
