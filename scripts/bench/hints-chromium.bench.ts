// Inline hints as the user meets them, in the built extension in Chromium: how long after a keystroke the
// badge reports a fresh analysis on a 1,000-character message (the session waits for a 150 ms pause first), and
// how long the page's main thread is held when 100,000 characters are pasted. Needs `npm run build` first.
import type { Page } from 'playwright-core';
import { launchRapport } from '../../tests/e2e/harness/extension';
import { messagingPage } from '../../tests/e2e/harness/message-boxes';
import { stats, unavailable } from './chromium/browser';
import type { BenchResult } from './harness';

const EDITOR = '[role=textbox]';
const KEYSTROKES = 20;

const analysedAfter = (page: Page, after: number) =>
  page.waitForFunction(
    (t) => Number(document.querySelector('rapport-hints')?.getAttribute('data-rapport-analysed-at')) > t,
    after,
  );

export async function report(): Promise<BenchResult[]> {
  const missing = unavailable();
  if (missing) {
    console.error(`hints-chromium: skipped (${missing})`);
    return [];
  }
  const rapport = await launchRapport();
  try {
    rapport.serve(
      '/messaging/thread/2-bench/',
      messagingPage({ slug: 'bench-person', name: 'Bench Person' }),
    );
    const page = await rapport.context.newPage();
    await page.goto('https://www.linkedin.com/messaging/thread/2-bench/');
    const draft = 'Thanks for the talk on routing engines yesterday, it was sharp and useful. '
      .repeat(14)
      .slice(0, 1000);
    await page.locator(EDITOR).click();
    let t = await page.evaluate(() => performance.now());
    await page.evaluate((text) => document.execCommand('insertText', false, text), draft);
    await analysedAfter(page, t);
    await page.evaluate(() => {
      const w = window as unknown as { keyAt: number };
      document.addEventListener('keydown', () => (w.keyAt = performance.now()), true);
    });
    const latencies: number[] = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      t = await page.evaluate(() => performance.now());
      await page.keyboard.type(i % 2 ? 'x' : ' ');
      await analysedAfter(page, t);
      latencies.push(
        await page.evaluate(
          () =>
            Number(document.querySelector('rapport-hints')?.getAttribute('data-rapport-analysed-at')) -
            (window as unknown as { keyAt: number }).keyAt,
        ),
      );
    }
    await page.locator(EDITOR).fill('');
    t = await page.evaluate(() => performance.now());
    const worstGap = await page.evaluate(async () => {
      let last = performance.now();
      let worst = 0;
      const beat = setInterval(() => {
        worst = Math.max(worst, performance.now() - last);
        last = performance.now();
      }, 10);
      document.execCommand(
        'insertText',
        false,
        'Could you maybe just help me out here? '.repeat(2600).slice(0, 100_000),
      );
      const host = () =>
        Number(document.querySelector('rapport-hints')?.getAttribute('data-rapport-analysed-at'));
      const start = performance.now();
      while (host() <= start) await new Promise((tick) => requestAnimationFrame(tick));
      clearInterval(beat);
      return worst;
    });
    return [
      stats(
        'inline hint after a keystroke (Chromium)',
        '1,000-character message, incl. the 150 ms pause',
        latencies,
      ),
      stats('main-thread gap on a 100,000-character paste', 'longest gap between 10 ms timer ticks', [
        worstGap,
      ]),
    ];
  } finally {
    await rapport.close();
  }
}
