// Content scripts run on every LinkedIn page, so their size is a budget (30 KB minified each).
// Reports the sizes of the last build; run `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchResult, sizeResult } from './harness';

const CONTENT_SCRIPTS = resolve(
  import.meta.dirname,
  '../..',
  process.env.WXT_OUT_DIR ?? '.output',
  'chrome-mv3/content-scripts',
);

export async function report(): Promise<BenchResult[]> {
  if (!existsSync(CONTENT_SCRIPTS)) {
    console.error(`bundle: no build at ${CONTENT_SCRIPTS}; run \`npm run build\` to include bundle sizes`);
    return [];
  }
  return readdirSync(CONTENT_SCRIPTS)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const code = readFileSync(join(CONTENT_SCRIPTS, file));
      return sizeResult(`content script size: ${file}`, 'minified bundle, budget 30 KB', code.length, {
        gzipKb: Math.round((gzipSync(code).length / 1024) * 10) / 10,
      });
    });
}
