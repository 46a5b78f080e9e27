// `npm run bench -- --filter thread`: a 500-message conversation on LinkedIn's messaging page, in the built extension
// in Chromium. The reader reads every message in the DOM and hands the other person's to the background, which
// records them in the ledger; then the user types a reply, each pause re-reading the thread for coaching and the
// tone engine's situation. Reported: the long tasks (> 50 ms) on the LinkedIn page while it is read and while the
// user types, and how long until the ledger holds every message of theirs. A Chrome trace of the page tells which
// tasks ran Rapport's code (its content script, or a callback of it) from the page's own (its first style and
// layout of the 500 messages' ~4,500 elements): the target, no long task > 50 ms, is about Rapport's.
// Needs `npm run build` first.
import type { Page } from 'playwright-core';
import { launchRapport } from '../../tests/e2e/harness/extension';
import { ME, type ThreadEvent, threadPage } from '../../tests/e2e/harness/threads';
import { machineLoad, RUNS, stats, unavailable } from './chromium/browser';
import { endTrace, type MainThreadTask, startTrace } from './chromium/main-thread-trace';
import type { BenchResult } from './harness';

const MESSAGES = 500;
const KEYSTROKES = 10;
const them = { slug: 'marta-bench-example', name: 'Marta Okonkwo' };

// Invented lines of both kinds: plain talk, questions, asks, gives, thanks and promises, so the ledger has work.
const THEIRS = [
  'Thanks so much for the intro to Priya, it was really useful!',
  'Could you share the deck from Tuesday when you have a moment?',
  "I'll send the budget notes by Friday.",
  'Here is the article on routing engines I mentioned: worth a read.',
  'Are you free Thursday afternoon for a quick call?',
  'That makes sense, let me think about it over the weekend.',
];
const MINE = [
  'Of course, sending it over now.',
  'Thursday works, 3 pm?',
  'Glad it helped. How did the call go?',
  'Thanks for the article, I will read it tonight.',
];

function conversation(count: number): ThreadEvent[] {
  const events: ThreadEvent[] = [{ day: 'Nov 2, 2026' }];
  for (let i = 0; i < count; i++) {
    // Runs of one to three messages per sender, as people write.
    const theirsTurn = Math.floor(i / 2) % 2 === 0;
    const from = theirsTurn ? them : ME;
    const lines = theirsTurn ? THEIRS : MINE;
    const continues = i % 2 === 1;
    if (i > 0 && i % 60 === 0) events.push({ day: `Nov ${2 + i / 60}, 2026` });
    events.push({
      from,
      text: `${lines[i % lines.length]} (${i})`,
      urn: `2-bench-${i}`,
      continues,
      time: '10:00 AM',
    });
  }
  return events;
}

const theirCount = (events: ThreadEvent[]) =>
  events.filter((event) => 'from' in event && event.from.slug === them.slug).length;

// Long tasks with their start, so the page's own parse of the 500 messages (before DOMContentLoaded) is left out:
// what is left is Rapport's reading, coaching and analysis (and the page's idle upkeep, which is small).
const TYPING_MARK = 'rapport-bench-typing';

const TIMED_LONG_TASKS = `
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__tasks.push([entry.startTime, Math.round(entry.duration)]);
  }).observe({ type: 'longtask', buffered: true });
`;

async function longTasksAfterLoad(page: Page, since = 0): Promise<number[]> {
  return page.evaluate((after) => {
    const loaded = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const from = Math.max(after, loaded.domContentLoadedEventEnd);
    return (window as unknown as { __tasks: [number, number][] }).__tasks
      .filter(([start]) => start >= from)
      .map(([, duration]) => duration);
  }, since);
}

async function heardCount(options: Page): Promise<number> {
  return options.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ type: 'data/export', payload: {} })) as {
      value?: { heard?: unknown[] };
    };
    return reply.value?.heard?.length ?? 0;
  });
}
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export async function report(): Promise<BenchResult[]> {
  const missing = unavailable();
  if (missing) {
    console.error(`thread-chromium: skipped (${missing})`);
    return [];
  }
  const events = conversation(MESSAGES);
  const expected = theirCount(events);
  const runs: {
    readTasks: number[];
    untilLedger: number;
    typingTasks: number[];
    traced: { before: MainThreadTask[]; after: MainThreadTask[] };
  }[] = [];
  const load = machineLoad();
  for (let run = 0; run < RUNS; run++) {
    const rapport = await launchRapport();
    try {
      rapport.serve('/messaging/thread/2-bench-500/', threadPage(them, events));
      const options = await rapport.openExtensionPage('options');
      await rapport.context.addInitScript(TIMED_LONG_TASKS);
      const page = await rapport.context.newPage();
      const trace = await startTrace(rapport.context, page);
      const start = performance.now();
      await page.goto('https://www.linkedin.com/messaging/thread/2-bench-500/');
      for (let heard = await heardCount(options); heard < expected; heard = await heardCount(options)) {
        if (performance.now() - start > 300_000)
          throw new Error(`ledger holds ${heard} of ${expected} after 5 min`);
        await options.waitForTimeout(250);
      }
      const untilLedger = performance.now() - start;
      const readTasks = await longTasksAfterLoad(page);
      const typingFrom = await page.evaluate((mark) => {
        performance.mark(mark);
        return performance.now();
      }, TYPING_MARK);
      await page.locator('[role=textbox]').click();
      for (let i = 0; i < KEYSTROKES; i++) {
        // Taken before typing: an analysis that lands before a later round trip would otherwise be waited for forever.
        const before = await page.evaluate(() => performance.now());
        await page.keyboard.type('Thanks Marta, happy to. ');
        await page.waitForFunction(
          (t) =>
            Number(document.querySelector('rapport-hints')?.getAttribute('data-rapport-analysed-at')) > t,
          before,
        );
      }
      const typingTasks = await longTasksAfterLoad(page, typingFrom);
      const traced = await endTrace(trace, `chrome-extension://${rapport.extensionId}/`, TYPING_MARK);
      runs.push({ readTasks, untilLedger, typingTasks, traced });
    } finally {
      await rapport.close();
    }
  }
  const input = `${MESSAGES} messages (${expected} of theirs) on the messaging page`;
  const longest = (tasks: number[]) => Math.max(0, ...tasks);
  const longestOf = (tasks: MainThreadTask[], ours: boolean) =>
    Math.round(longest(tasks.filter((task) => task.ours === ours).map((task) => task.ms)));
  const longOnes = (tasks: MainThreadTask[], ours: boolean) =>
    tasks.filter((task) => task.ours === ours && task.ms > 50).length;
  const longestOurs = (tasks: MainThreadTask[]) => Math.round(longest(tasks.map((task) => task.oursMs)));
  const longestCpu = (tasks: MainThreadTask[], ours: boolean) =>
    Math.round(longest(tasks.filter((task) => task.ours === ours).map((task) => task.cpuMs)));
  return [
    stats(
      'thread: longest task while read + recorded (Chromium)',
      input,
      runs.map((r) => longest(r.readTasks)),
      'ms',
      { longTasksPerRun: runs.map((r) => r.readTasks.length).join('/'), load },
    ),
    stats(
      "thread: longest task running Rapport's code while read + recorded (trace)",
      input,
      runs.map((r) => longestOf(r.traced.before, true)),
      'ms',
      { longTasksPerRun: runs.map((r) => longOnes(r.traced.before, true)).join('/') },
    ),
    stats(
      "thread: longest time Rapport's code held one task while read + recorded (trace)",
      input,
      runs.map((r) => longestOurs(r.traced.before)),
      'ms',
    ),
    stats(
      "thread: most CPU time of one task running Rapport's code while read + recorded (trace)",
      input,
      runs.map((r) => longestCpu(r.traced.before, true)),
      'ms',
      { over50: runs.map((r) => r.traced.before.filter((t) => t.ours && t.cpuMs > 50).length).join('/') },
    ),
    stats(
      "thread: longest task of the page's own (no Rapport code) while read (trace)",
      input,
      runs.map((r) => longestOf(r.traced.before, false)),
      'ms',
      { longTasksPerRun: runs.map((r) => longOnes(r.traced.before, false)).join('/') },
    ),
    stats(
      'thread: until the ledger holds all of theirs',
      input,
      runs.map((r) => r.untilLedger),
    ),
    stats(
      'thread: longest task while typing a reply',
      `${input}; ${KEYSTROKES} pauses, each re-reading the thread`,
      runs.map((r) => longest(r.typingTasks)),
      'ms',
      { longTasksPerRun: runs.map((r) => r.typingTasks.length).join('/') },
    ),
    stats(
      "thread: longest task running Rapport's code while typing (trace)",
      `${input}; ${KEYSTROKES} pauses`,
      runs.map((r) => longestOf(r.traced.after, true)),
      'ms',
      { longTasksPerRun: runs.map((r) => longOnes(r.traced.after, true)).join('/') },
    ),
    stats(
      "thread: most CPU time of one task running Rapport's code while typing (trace)",
      `${input}; ${KEYSTROKES} pauses`,
      runs.map((r) => longestCpu(r.traced.after, true)),
      'ms',
      { over50: runs.map((r) => r.traced.after.filter((t) => t.ours && t.cpuMs > 50).length).join('/') },
    ),
    stats(
      "thread: longest time Rapport's code held one task while typing (trace)",
      `${input}; ${KEYSTROKES} pauses`,
      runs.map((r) => longestOurs(r.traced.after)),
      'ms',
    ),
  ];
}
