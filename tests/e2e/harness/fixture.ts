import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchRapport, type RapportBrowser } from './extension';

/**
 * The one way a spec gets its browser (Harper's shared-fixture shape): a real Chromium with the built extension,
 * launched before the file's first test with `pages` served as LinkedIn, checked after every test for requests that
 * would have left the browser, and closed after the last. The returned handle is filled in by `beforeAll`.
 */
export function launchedForThisFile(pages: Record<string, string> = {}): RapportBrowser {
  const rapport = {} as RapportBrowser;
  beforeAll(async () => {
    Object.assign(rapport, await launchRapport());
    for (const [path, html] of Object.entries(pages)) rapport.serve(path, html);
  });
  afterEach(() => {
    expect(rapport.leaks, 'requests that would have left the browser').toEqual([]);
  });
  afterAll(async () => {
    await rapport.close?.();
  });
  return rapport;
}
