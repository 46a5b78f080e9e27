// A huge paste into a LinkedIn message box, in the built extension in Chromium: how long the page's main thread is
// held from the paste until Rapport has read the box and drawn its hints. The box gets what a paste of N paragraphs
// leaves in LinkedIn's editor (one <p> per paragraph; one <br> per line for comparison); the longest gap between
// 10 ms timer ticks is the worst freeze the user feels, and long tasks are counted by the browser's own observer.
// Sizes: RAPPORT_BENCH_PARAGRAPHS=1000,10000 (default 1,000 / 10,000 / 50,000). Needs `npm run build` first.
import type { Page } from 'playwright-core';
import { launchRapport } from '../../tests/e2e/harness/extension';
import { messagingPage } from '../../tests/e2e/harness/message-boxes';
import { stats, unavailable } from './chromium/browser';
import type { BenchResult } from './harness';

const SIZES = (process.env.RAPPORT_BENCH_PARAGRAPHS ?? '1000,10000,50000').split(',').map(Number);
const RUNS = (paragraphs: number) => (paragraphs > 20_000 ? 3 : 5);

const line = (i: number) =>
  `Paragraph ${i}: thanks again for the routing talk, could we maybe compare notes?`;
const asParagraphs = (count: number) => Array.from({ length: count }, (_, i) => `<p>${line(i)}</p>`).join('');
const asLines = (count: number) => `<p>${Array.from({ length: count }, (_, i) => line(i)).join('<br>')}</p>`;

interface PasteCost {
  worstGap: number;
  longestTask: number;
  longTasks: number;
  untilHints: number;
}

/** Puts `html` in the box the way a paste ends up there, then waits for Rapport's fresh analysis of it. */
function paste(page: Page, html: string): Promise<PasteCost> {
  return page.evaluate(async (content) => {
    const box = document.querySelector<HTMLElement>('[role=textbox]')!;
    // No named helpers in here: tsx would wrap them in a `__name` call the page does not have.
    box.innerHTML = content;
    // The page's own parse and first layout of the pasted DOM are not Rapport's: start measuring after them.
    await new Promise((done) => requestAnimationFrame(done));
    await new Promise((done) => requestAnimationFrame(done));
    const durations: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    let last = performance.now();
    let worstGap = 0;
    const beat = setInterval(() => {
      worstGap = Math.max(worstGap, performance.now() - last);
      last = performance.now();
    }, 10);
    const start = performance.now();
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    while (Number(document.querySelector('rapport-hints')?.getAttribute('data-rapport-analysed-at')) <= start)
      await new Promise((done) => requestAnimationFrame(done));
    const untilHints = performance.now() - start;
    await new Promise((done) => requestAnimationFrame(done));
    clearInterval(beat);
    for (const entry of observer.takeRecords()) durations.push(entry.duration);
    observer.disconnect();
    return {
      worstGap: Math.max(worstGap, performance.now() - last),
      longestTask: Math.max(0, ...durations),
      longTasks: durations.length,
      untilHints,
    };
  }, html);
}

export async function report(): Promise<BenchResult[]> {
  const missing = unavailable();
  if (missing) {
    console.error(`paste-chromium: skipped (${missing})`);
    return [];
  }
  const rapport = await launchRapport();
  const results: BenchResult[] = [];
  try {
    rapport.serve(
      '/messaging/thread/2-paste/',
      messagingPage({ slug: 'paste-person', name: 'Paste Person' }),
    );
    const page = await rapport.context.newPage();
    await page.goto('https://www.linkedin.com/messaging/thread/2-paste/');
    await page.locator('[role=textbox]').click();
    await paste(page, '<p>Hello</p>');
    const shapes = [
      ...SIZES.map((n) => ({ n, html: asParagraphs(n), shape: 'paragraphs (<p>)' })),
      ...SIZES.filter((n) => n === 10_000).map((n) => ({ n, html: asLines(n), shape: 'lines (<br>)' })),
    ];
    for (const { n, html, shape } of shapes) {
      const costs: PasteCost[] = [];
      for (let run = 0; run < RUNS(n); run++) {
        costs.push(await paste(page, html));
        await paste(page, '<p><br></p>');
      }
      const input = `${n.toLocaleString('en')} pasted ${shape}, ${(html.length / 1e6).toFixed(1)} MB of HTML`;
      results.push(
        stats(
          `paste: worst main-thread gap (Chromium)`,
          input,
          costs.map((c) => c.worstGap),
          'ms',
          {
            longestTaskMedian: stats(
              '',
              '',
              costs.map((c) => c.longestTask),
            ).median,
            longTasksMedian: stats(
              '',
              '',
              costs.map((c) => c.longTasks),
            ).median,
            untilHintsMedian: stats(
              '',
              '',
              costs.map((c) => c.untilHints),
            ).median,
          },
        ),
      );
    }
    return results;
  } finally {
    await rapport.close();
  }
}
