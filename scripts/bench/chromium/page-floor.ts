import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { DATABASE_NAME } from '../../../lib/db/name';
import { QUEUE_ROW_PARTS, QUEUE_ROWS } from '../../../lib/db/queue-rows';

/**
 * What no side panel can beat, measured beside it: the built panel's HTML with a one-line script (an extension page
 * that shows a word), and the same with a bare `indexedDB.open` and one get. The first group's time over these is
 * ours (the first script, the settings, the queue, the paint); these are the browser's.
 */
export const FLOOR_PAGES = { blank: 'floor-blank.html', database: 'floor-database.html' } as const;

const SCRIPTS: Record<keyof typeof FLOOR_PAGES, string> = {
  blank: `document.getElementById('root').textContent = 'Follow-ups';\n`,
  // Any store and key: the time to the first answer is what counts, not what it holds.
  database: `const opening = indexedDB.open(${JSON.stringify(DATABASE_NAME)});
opening.onsuccess = () => {
  window.__opened = performance.now();
  const get = opening.result.transaction(${JSON.stringify(QUEUE_ROWS)}).objectStore(${JSON.stringify(QUEUE_ROWS)}).get(${JSON.stringify([QUEUE_ROW_PARTS.queueCards, 0])});
  get.onsuccess = () => {
    window.__answered = performance.now();
    document.getElementById('root').textContent = 'Follow-ups';
  };
};\n`,
};

/** A copy of the built extension in `extensionDir` with the floor pages added (the panel's HTML, its scripts swapped). */
export function withFloorPages(extensionDir: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rapport-floor-')), 'chrome-mv3');
  cpSync(extensionDir, dir, { recursive: true });
  const panel = readFileSync(join(dir, 'sidepanel.html'), 'utf8').replace(
    /<script[\s\S]*?<\/script>|<link rel="modulepreload"[^>]*>/g,
    '',
  );
  for (const [name, page] of Object.entries(FLOOR_PAGES) as [keyof typeof FLOOR_PAGES, string][]) {
    const script = `floor-${name}.js`;
    writeFileSync(join(dir, script), SCRIPTS[name]);
    writeFileSync(
      join(dir, page),
      panel.replace('</head>', `<script type="module" src="/${script}"></script></head>`),
    );
  }
  return dir;
}

/** One open of a floor page: its scripts run (DOMContentLoaded's end), first paint and, for the database page, its answers. */
export interface FloorOpen {
  scriptsRun: number;
  firstPaint: number;
  opened: number;
  answered: number;
}

export async function openFloor(
  context: BrowserContext,
  extensionId: string,
  page: keyof typeof FLOOR_PAGES,
): Promise<FloorOpen> {
  const tab = await context.newPage();
  await tab.goto(`chrome-extension://${extensionId}/${FLOOR_PAGES[page]}`);
  await tab.waitForFunction(() => document.getElementById('root')?.textContent === 'Follow-ups');
  // The first paint comes after the text is in the page.
  await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const open = await tab.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const marks = window as unknown as { __opened?: number; __answered?: number };
    return {
      scriptsRun: navigation.domContentLoadedEventEnd,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      opened: marks.__opened ?? Number.NaN,
      answered: marks.__answered ?? Number.NaN,
    };
  });
  await tab.close();
  return open;
}
