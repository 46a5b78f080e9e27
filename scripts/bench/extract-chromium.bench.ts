// The extraction budget (5 ms median on a 1.2 MB logged-in page) measured where the extractor really runs:
// in Chromium, on a parsed page, with the same code bundled as the content script bundles it. jsdom (the
// other extract bench) is several times slower per DOM read than a browser.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findBrowser } from '../../tests/e2e/harness/find-browser';
import { pageBundle, stats } from './chromium/browser';
import { FIXTURE_PROFILE_URL, largestSharedPage, syntheticLoggedInPage } from './extract.bench';
import type { BenchResult } from './harness';

const RUNS = 50;

declare const RapportExtract: { extractProfile(doc: Document, url: string): { profile: unknown } };

export async function report(): Promise<BenchResult[]> {
  let executablePath: string;
  try {
    executablePath = findBrowser();
  } catch (error) {
    console.error(`extract-chromium: skipped (${(error as Error).message})`);
    return [];
  }
  const pages = [
    { name: 'synthetic logged-in page', html: syntheticLoggedInPage(), url: FIXTURE_PROFILE_URL },
  ];
  const real = largestSharedPage();
  if (real)
    pages.push({ name: 'largest shared real page', html: readFileSync(real.path, 'utf8'), url: real.url });
  // The 2026 server-driven layout beside the 2024 one: the new readers (badge lines, followers beside Activity,
  // the organisation line) must not make the newest pages the slow ones.
  for (const era of ['2024', '2026']) {
    const page = largestSharedPage(era);
    if (page)
      pages.push({ name: `largest ${era} page`, html: readFileSync(page.path, 'utf8'), url: page.url });
  }

  const bundle = await pageBundle('lib/linkedin/extract/index.ts', 'RapportExtract', { minify: true });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const results: BenchResult[] = [];
  try {
    for (const { name, html, url } of pages) {
      // The page's own scripts stay off and nothing is fetched: only the DOM is needed.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.route('**/*', (route) =>
        route.request().url() === url
          ? route.fulfill({ contentType: 'text/html', body: html })
          : route.abort(),
      );
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.evaluate(bundle);
      const times = await page.evaluate(
        ({ runs, address }) => {
          if (!RapportExtract.extractProfile(document, address).profile) throw new Error('no profile');
          const taken: number[] = [];
          for (let i = 0; i < runs + 5; i++) {
            const start = performance.now();
            RapportExtract.extractProfile(document, address);
            if (i >= 5) taken.push(performance.now() - start);
          }
          return taken;
        },
        { runs: RUNS, address: url },
      );
      const size = `${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB`;
      results.push(
        stats(
          `extractProfile in Chromium: ${name}`,
          `${size}, DOM parsed, page scripts off`,
          times,
          'ms',
          undefined,
          3,
        ),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
