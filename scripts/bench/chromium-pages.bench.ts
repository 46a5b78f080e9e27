// `npm run bench -- --filter chromium-pages`: what each extension page loads before it can be used (the scripts
// its HTML names, module preloads included; what it imports later, like the tone engine, is listed apart) and its
// open-to-interactive time in Chromium: from the navigation's start to its first heading on screen.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, type ExtensionPageName, launchRapport } from '../../tests/e2e/harness/extension';
import { machineLoad, RUNS, stats, unavailable } from './chromium/browser';
import { type BenchResult, sizeResult } from './harness';

const PAGES: ExtensionPageName[] = ['popup', 'sidepanel', 'options'];
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** The scripts a page's HTML loads up front (entry and module preloads), with their sizes. */
function eagerScripts(page: string): { files: string[]; bytes: number } {
  const html = readFileSync(join(EXTENSION_DIR, `${page}.html`), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return { files, bytes: files.reduce((sum, file) => sum + statSync(join(EXTENSION_DIR, file)).size, 0) };
}

export async function report(): Promise<BenchResult[]> {
  const missing = unavailable();
  if (missing) {
    console.error(`chromium-pages: skipped (${missing})`);
    return [];
  }
  const results: BenchResult[] = [];
  const rapport = await launchRapport();
  try {
    for (const name of PAGES) {
      const { files, bytes } = eagerScripts(name);
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await rapport.context.newPage();
        await page.goto(`chrome-extension://${rapport.extensionId}/${name}.html`);
        times.push(
          // A string, not a function: the bench runner's transpiler would add helpers the page does not have.
          await page.evaluate<number>(
            `new Promise((resolve) => { const check = () => document.querySelector('h1, h2') ? resolve(performance.now()) : requestAnimationFrame(check); check(); })`,
          ),
        );
        await page.close();
      }
      const tone = files.some((file) => file.includes('tone'));
      results.push(
        stats(`${name}: open to interactive`, `${name}.html, empty database`, times, 'ms', {
          eagerJsKb: kb(bytes),
          scripts: files.length,
          toneEngineUpFront: tone ? 'yes' : 'no',
          load: machineLoad(),
        }),
      );
    }
  } finally {
    await rapport.close();
  }
  // The tone engine with its weights: fetched by a page only when a draft opens (components/tone/use-tone-engine.ts).
  const chunks = join(EXTENSION_DIR, 'chunks');
  for (const file of existsSync(chunks) ? readdirSync(chunks).filter((f) => /^tone-.*\.js$/.test(f)) : []) {
    results.push(sizeResult(`tone engine chunk (on first draft)`, file, statSync(join(chunks, file)).size));
  }
  return results;
}
