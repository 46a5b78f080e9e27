// Inline hints as the user meets them, in the built extension in Chromium: how long after a keystroke the
// badge reports a fresh analysis on a 1,000-character message (the session waits for a 150 ms pause first), and
// how long the page's main thread is held when 100,000 characters are pasted. Needs `npm run build` first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchRapport } from '../../tests/e2e/harness/extension';
import { messagingPage } from '../../tests/e2e/harness/message-boxes';
import type { BenchResult } from './harness';

const EDITOR = '[role=textbox]';
const KEYSTROKES = 20;

function summary(name: string, input: string, values: number[], extra?: BenchResult['extra']): BenchResult {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    name,
    unit: 'ms',
    median: round(median),
    min: round(sorted[0]!),
    max: round(sorted.at(-1)!),
    n: values.length,
    input,
    extra,
  };
}

const analysedAfter = (page: Page, after: number) =>
  page.waitForFunction(
    (t) => Number(document.querySelector('rapport-hints')?.getAttribute('data-rapport-analysed-at')) > t,
    after,
  );

export async function report(): Promise<BenchResult[]> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.error('hints-chromium: skipped (no built extension: run `npm run build`)');
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
      summary(
        'inline hint after a keystroke (Chromium)',
        '1,000-character message, incl. the 150 ms pause',
        latencies,
      ),
      summary('main-thread gap on a 100,000-character paste', 'longest gap between 10 ms timer ticks', [
        worstGap,
      ]),
    ];
  } finally {
    await rapport.close();
  }
}
