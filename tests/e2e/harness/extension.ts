import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Route, type Worker } from 'playwright-core';
import { findBrowser } from './find-browser';

// Only inside page.evaluate: the extension page's own runtime API.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export const OUTPUT_DIR = resolve(import.meta.dirname, '../../..', process.env.WXT_OUT_DIR ?? '.output');
export const EXTENSION_DIR = resolve(OUTPUT_DIR, 'chrome-mv3');

export type ExtensionPageName = 'popup' | 'sidepanel' | 'options';

/** A real Chromium with the built extension loaded, LinkedIn served from fixtures, and every other request caught. */
export interface RapportBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The browser's own profile folder: benchmarks find the browser's processes by it. */
  profileDir: string;
  /** Requests that would have left the browser: the extension must make none. */
  leaks: string[];
  /** Serves `html` at https://www.linkedin.com<path>. */
  serve(path: string, html: string): void;
  openExtensionPage(name: ExtensionPageName): Promise<Page>;
  /** The running service worker, starting it again if the browser stopped it. */
  worker(): Promise<Worker>;
  /**
   * Closes the browser and starts it again on the same profile, as a user quitting and reopening it does: what the
   * browser keeps in memory (storage.session, IndexedDB's quota allowance) is gone, what is on disk stays.
   */
  restart(): Promise<void>;
  /** Stops the extension's service worker the way the browser does when it is idle. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

/** `extensionDir`: another build than this checkout's (a benchmark comparing two builds side by side). */
export async function launchRapport({ extensionDir = EXTENSION_DIR } = {}): Promise<RapportBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  const pages = new Map<string, string>();
  const leaks: string[] = [];
  const launch = async () => {
    const launched = await chromium.launchPersistentContext(profileDir, {
      executablePath: findBrowser(),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
      ],
    });
    await launched.route('**/*', (route: Route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') {
        return route.continue();
      }
      const html = url.hostname === 'www.linkedin.com' ? pages.get(url.pathname) : undefined;
      if (html !== undefined && route.request().isNavigationRequest()) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      if (url.hostname === 'www.linkedin.com' && url.pathname === '/favicon.ico') {
        return route.fulfill({ status: 404, body: '' });
      }
      leaks.push(`${route.request().method()} ${url.href}`);
      return route.abort('blockedbyclient');
    });
    const firstWorker = launched.serviceWorkers()[0] ?? (await launched.waitForEvent('serviceworker'));
    return { launched, extensionId: new URL(firstWorker.url()).host };
  };
  const first = await launch();
  let context = first.launched;
  // An unpacked extension's id comes from its folder, so a restart keeps it.
  const { extensionId } = first;
  const extensionUrl = (name: string) => `chrome-extension://${extensionId}/${name}.html`;

  const worker = async () => {
    const running = context.serviceWorkers().find((w) => w.url().includes(extensionId));
    if (running) return running;
    // Any extension event wakes the worker; opening a page that messages it is the way a user would.
    const page = await context.newPage();
    const started = context.waitForEvent('serviceworker');
    await page.goto(extensionUrl('options'));
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
    await page.close();
    return started;
  };

  return {
    get context() {
      return context;
    },
    extensionId,
    profileDir,
    leaks,
    serve: (path, html) => pages.set(path, html),
    async openExtensionPage(name) {
      const page = await context.newPage();
      await page.goto(extensionUrl(name));
      return page;
    },
    worker,
    async stopServiceWorker() {
      const page = await context.newPage();
      await page.goto(extensionUrl('options'));
      const cdp = await context.newCDPSession(page);
      const script = `chrome-extension://${extensionId}/background.js`;
      type Version = { versionId: string; scriptURL: string; runningStatus: string };
      const statusOf = (wanted: (v: Version) => boolean) =>
        new Promise<Version>((found) => {
          cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            const ours = versions.find((v) => v.scriptURL === script);
            if (ours && wanted(ours)) found(ours);
          });
        });
      const running = statusOf((v) => v.runningStatus === 'running');
      await cdp.send('ServiceWorker.enable');
      const { versionId } = await running;
      const stopped = statusOf((v) => v.runningStatus === 'stopped');
      await cdp.send('ServiceWorker.stopWorker', { versionId });
      await stopped;
      await cdp.detach();
      await page.close();
    },
    async restart() {
      await context.close();
      context = (await launch()).launched;
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
