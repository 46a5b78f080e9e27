// Profile extraction runs in the content script on every profile visit, so it has a budget: under 5 ms median
// on a 1.2 MB logged-in page once the DOM is parsed. Pages are parsed in setup; only extractProfile is timed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractProfile } from '../../lib/linkedin/extract';
import { type Benchmark, type BenchResult, sizeResult } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/linkedin/2024-logged-in/profile.html');
const FIXTURE_URL = 'https://www.linkedin.com/in/amaru-villca/';
const SHARED_PAGES = resolve(ROOT, '../shared/data/linkedin-pages');
const TARGET_BYTES = 1.2 * 1024 * 1024;

/** What makes real logged-in pages heavy: inline JSON payloads in <code>, scripts, and deep feed markup. */
function padding(index: number): string {
  const payload = JSON.stringify({
    data: { entityUrn: `urn:li:fsd_update:${index}`, $type: 'com.linkedin.voyager.dash.feed.Update' },
    included: Array.from({ length: 12 }, (_, i) => ({
      urn: `urn:li:member:${index * 100 + i}`,
      text: 'lorem '.repeat(8),
    })),
  });
  const nested = `${'<div class="feed-shared-update-v2__content display-flex">'.repeat(14)}<span aria-hidden="true">Post ${index}: shared a link about rainwater</span>${'</div>'.repeat(14)}`;
  return `<code style="display: none" id="bpr-guid-${index}">${payload.replace(/</g, '&lt;')}</code>
<script type="text/javascript">window.__como_rehydration__ = window.__como_rehydration__ || []; window.__como_rehydration__.push(${index});</script>
<section class="artdeco-card"><ul><li class="profile-creator-shared-feed-update__mini-container">${nested}
<button aria-label="React Like" type="button"><span>Like</span></button><a href="/in/person-${index}/">Person ${index} · 2nd degree connection</a></li></ul></section>`;
}

export function syntheticLoggedInPage(): string {
  const page = readFileSync(FIXTURE, 'utf8');
  const blocks: string[] = [];
  let size = page.length;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const block = padding(i);
    blocks.push(block);
    size += block.length;
  }
  // Half before the profile (nav, messaging overlay payloads), half after (activity, people also viewed).
  const half = Math.floor(blocks.length / 2);
  return page
    .replace(
      '<body class="render-mode-BIGPIPE nav-v2 ember-application">',
      (body) => body + blocks.slice(0, half).join(''),
    )
    .replace('</main>', `${blocks.slice(half).join('')}</main>`);
}

function benchmarkOf(name: string, input: string, html: string, url: string): Benchmark {
  let doc: Document | undefined;
  return {
    name,
    input,
    n: 50,
    warmup: 5,
    setup: () => {
      doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
      if (!extractProfile(doc, url).profile) throw new Error(`${name}: page yields no profile`);
    },
    run: () => extractProfile(doc!, url),
  };
}

/** The largest shared profile page, or the largest of one layout era (a folder named by its year, "2026-sdui"). */
export function largestSharedPage(era?: string): { path: string; url: string } | null {
  if (!existsSync(SHARED_PAGES)) return null;
  const inEra = (dir: string) =>
    !era ||
    relative(SHARED_PAGES, dir)
      .split(/[\\/]/)
      .some((folder) => folder.startsWith(`${era}-`));
  let best: { path: string; url: string; size: number } | null = null;
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) visit(path);
    }
    const expectedPath = join(dir, 'expected.json');
    if (!existsSync(expectedPath)) return;
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, { url?: string }>;
    for (const [file, page] of Object.entries(expected)) {
      const size = statSync(join(dir, file)).size;
      if (page.url && inEra(dir) && (!best || size > best.size))
        best = { path: join(dir, file), url: page.url, size };
    }
  };
  visit(SHARED_PAGES);
  return best;
}

export const FIXTURE_PROFILE_URL = FIXTURE_URL;
const synthetic = syntheticLoggedInPage();
const real = largestSharedPage();

export const benchmarks: Benchmark[] = [
  benchmarkOf(
    'extractProfile in jsdom: synthetic logged-in page',
    `${(synthetic.length / 1024 / 1024).toFixed(2)} MB, fixture padded with feed markup and payloads`,
    synthetic,
    FIXTURE_URL,
  ),
  ...(real
    ? [
        benchmarkOf(
          'extractProfile in jsdom: largest shared real page',
          `${(statSync(real.path).size / 1024 / 1024).toFixed(2)} MB, ${real.path.slice(SHARED_PAGES.length + 1)}`,
          readFileSync(real.path, 'utf8'),
          real.url,
        ),
      ]
    : []),
];

/** The extractor's share of the content-script budget (30 KB minified), bundled alone. */
export async function report(): Promise<BenchResult[]> {
  const out = await build({
    entryPoints: [join(ROOT, 'lib/linkedin/extract/index.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
  });
  const bytes = out.outputFiles[0]?.contents.length ?? 0;
  return [
    sizeResult(
      'extractor bundle (minified, alone)',
      'lib/linkedin/extract/index.ts, esbuild --bundle --minify',
      bytes,
      {
        zod: out.outputFiles[0]?.text.includes('ZodError') ? 'yes' : 'no',
      },
    ),
  ];
}
