import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { OUTPUT_DIR } from './extension';

export const FIREFOX_EXTENSION_DIR = resolve(OUTPUT_DIR, 'firefox-mv2');
const ADDON_ID = 'rapport@rapport.local';
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Debian's firefox-esr (or FIREFOX_PATH); null when there is none, so the Firefox specs can say so. */
export function findFirefox(): string | null {
  const wanted = process.env.FIREFOX_PATH;
  if (wanted) return existsSync(wanted) ? wanted : null;
  return FIREFOX_PATHS.find((path) => existsSync(path)) ?? null;
}

/**
 * A proxy every request of the browser goes through: it records the address and refuses it. Pages served from
 * fixtures are answered inside the browser and never get here; what does get here would have left the device.
 * (WebDriver BiDi does not show the requests of an MV2 background page; a proxy sees every one.)
 */
async function recordingProxy(): Promise<{ server: Server; port: number; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { server, port: (server.address() as AddressInfo).port, requests };
}

/** Headless Firefox over WebDriver BiDi with the built Firefox extension installed as a temporary add-on. */
export interface RapportFirefox {
  browser: Browser;
  version: string;
  /** Requests that reached the recording proxy: the extension must cause none. */
  leaks: string[];
  /** Requests of page tabs that were not served from the fixtures (they go on to the proxy). */
  passedOn: string[];
  serve(path: string, html: string): void;
  /** A new tab at a LinkedIn address served from the fixtures. */
  openLinkedIn(path: string): Promise<Page>;
  /**
   * An extension page (popup, sidepanel, options) opened as a tab. The popup opens behind the tab in front, as
   * the toolbar's popup leaves the page it is about on screen: a profile is captured only while it is visible
   * (lib/capture/still-shown.ts), and in Firefox a tab brought in front hides the one before it. Bring the popup
   * to the front (`page.bringToFront()`) to click in it.
   */
  openExtensionPage(name: 'popup' | 'sidepanel' | 'options'): Promise<Page>;
  close(): Promise<void>;
}

export async function launchRapportFirefox(executablePath: string): Promise<RapportFirefox> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built Firefox extension at ${FIREFOX_EXTENSION_DIR}: run \`npm run build\` first.`);
  const uuid = randomUUID();
  const proxy = await recordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    // Extension pages are privileged: BiDi reaches them only with system access allowed.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      // A fixed internal UUID, so the test knows the moz-extension:// address of the add-on's pages.
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own remote-settings service is the browser's traffic, not the extension's: pointed nowhere, as
      // in Mozilla's test harness (release builds honour the pref only with MOZ_REMOTE_SETTINGS_DEVTOOLS set).
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const pages = new Map<string, string>();
  const seen: string[] = [];

  const intercept = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = new URL(request.url());
      if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'blob:')
        return void request.continue();
      const html = url.hostname === 'www.linkedin.com' ? pages.get(url.pathname) : undefined;
      if (html !== undefined && request.isNavigationRequest())
        return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      if (url.hostname === 'www.linkedin.com' && url.pathname === '/favicon.ico')
        return void request.respond({ status: 404, body: '' });
      // Anything else goes on to the proxy, which records it.
      seen.push(`${request.method()} ${url.href}`);
      return void request.continue();
    });
  };

  // page.goto waits for a load event BiDi never reports for these pages; navigate without waiting, then wait
  // for the document the test needs (polling on a timer: animation frames stop in a tab behind another).
  const navigate = async (page: Page, url: string) => {
    const frame = page.mainFrame() as unknown as {
      browsingContext: { navigate(url: string, wait: string): Promise<unknown> };
    };
    await frame.browsingContext.navigate(url, 'none');
    await page.waitForFunction(
      (href) => location.href === href && document.readyState !== 'loading',
      { polling: 50 },
      url,
    );
  };

  return {
    browser,
    version: await browser.version(),
    leaks: proxy.requests,
    passedOn: seen,
    serve: (path, html) => pages.set(path, html),
    async openLinkedIn(path) {
      const page = await browser.newPage();
      await intercept(page);
      await navigate(page, `https://www.linkedin.com${path}`);
      return page;
    },
    async openExtensionPage(name) {
      const page = await browser.newPage({ background: name === 'popup' });
      await navigate(page, `moz-extension://${uuid}/${name}.html`);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((closed) => proxy.server.close(closed));
    },
  };
}
