// Renders scripts/icons.svg to public/icon/<size>.png, the sizes WXT puts in the manifest. Uses the same
// Chromium as the e2e suite, so no image library is needed: `npm run icons`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../tests/e2e/harness/find-browser';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(resolve(import.meta.dirname, 'icons.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: findBrowser(),
  headless: true,
  args: ['--no-sandbox'],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({
      path: resolve(import.meta.dirname, `../public/icon/${size}.png`),
      omitBackground: true,
    });
    await page.close();
  }
  console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
} finally {
  await browser.close();
}
