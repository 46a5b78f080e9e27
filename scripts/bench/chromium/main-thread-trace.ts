// Which main-thread tasks of a page are the extension's: a Chrome trace of the page (CDP Tracing), each task of the
// page's main thread with its duration and whether code of the extension (its content script, or a callback it
// registered) ran inside it. A long task counted by the page's PerformanceObserver may be the page's own work (its
// first style and layout of thousands of elements); this tells the two apart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: on a machine shared by many processes, the wall time `dur` is mostly waiting for a core. */
  tdur?: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

export interface MainThreadTask {
  /** Start, in ms on the trace's clock. */
  at: number;
  /** Wall time, as the page's PerformanceObserver counts it. */
  ms: number;
  /** The main thread's CPU time: what the task costs when the machine is not shared (wall time is waiting too). */
  cpuMs: number;
  /** Code of the extension ran in it. */
  ours: boolean;
  /** How long the extension's code ran in it, the style and layout it forced included. */
  oursMs: number;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

export async function startTrace(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
  });
  return cdp;
}

/**
 * Ends the trace and returns the tasks of the main thread that ran the extension's content script, after the
 * page's DOMContentLoaded: `before` the page's performance mark `mark`, and `after` it.
 */
export async function endTrace(
  cdp: CDPSession,
  extensionOrigin: string,
  mark: string,
): Promise<{ before: MainThreadTask[]; after: MainThreadTask[] }> {
  const complete = new Promise<string>((done) =>
    cdp.once('Tracing.tracingComplete', ({ stream }) => done(stream as string)),
  );
  await cdp.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await cdp.detach();
  // To read in DevTools' Performance panel: BENCH_TRACE_DIR=/tmp/traces npm run bench -- --filter thread
  const dir = process.env.BENCH_TRACE_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `trace-${Date.now()}.json`), text);
  }
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const { tasks, pid } = tasksOf(events, extensionOrigin);
  const markAt = events.find((event) => event.name === mark && event.pid === pid)?.ts;
  if (markAt === undefined) throw new Error(`the trace holds no mark ${mark}`);
  const loaded = Math.max(
    ...events
      .filter((event) => event.name === 'MarkDOMContent' && event.pid === pid && event.ts < markAt)
      .map((event) => event.ts),
  );
  return {
    before: tasks.filter((task) => task.at * 1000 >= loaded && task.at * 1000 < markAt),
    after: tasks.filter((task) => task.at * 1000 >= markAt),
  };
}

const urlOf = (event: TraceEvent) => event.args?.data?.url ?? event.args?.data?.scriptName ?? '';

function tasksOf(
  events: readonly TraceEvent[],
  extensionOrigin: string,
): { tasks: MainThreadTask[]; pid: number } {
  // The thread that ran the content script is the LinkedIn page's main thread.
  const ran = events.filter(
    (event) => urlOf(event).startsWith(extensionOrigin) && event.name !== 'ResourceSendRequest',
  );
  const thread = ran.find((event) => urlOf(event).includes('/content-scripts/'));
  if (!thread) throw new Error('the trace holds no run of the content script');
  const onThread = (event: TraceEvent) => event.pid === thread.pid && event.tid === thread.tid;
  const oursAt = ran.filter(onThread).map((event) => event.ts);
  oursAt.sort((a, b) => a - b);
  const spans = ran
    .filter((event) => onThread(event) && event.ph === 'X' && event.dur !== undefined)
    .map((event) => [event.ts, event.ts + event.dur!] as const)
    .sort((a, b) => a[0] - b[0]);
  const spanStarts = spans.map(([start]) => start);
  const tasks = events.filter((event) => onThread(event) && event.ph === 'X' && event.name === 'RunTask');
  return {
    pid: thread.pid,
    tasks: tasks.map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const first = lowerBound(oursAt, task.ts);
      // The union of the extension's calls inside the task (a call may nest in another).
      let oursUs = 0;
      let coveredTo = task.ts;
      for (let i = lowerBound(spanStarts, task.ts); i < spans.length && spans[i]![0] <= end; i++) {
        const [from, to] = spans[i]!;
        const clipped = Math.min(to, end);
        if (clipped > coveredTo) {
          oursUs += clipped - Math.max(from, coveredTo);
          coveredTo = clipped;
        }
      }
      return {
        at: task.ts / 1000,
        ms: (task.dur ?? 0) / 1000,
        cpuMs: (task.tdur ?? task.dur ?? 0) / 1000,
        ours: first < oursAt.length && oursAt[first]! <= end,
        oursMs: oursUs / 1000,
      };
    }),
  };
}

function lowerBound(sorted: readonly number[], value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
