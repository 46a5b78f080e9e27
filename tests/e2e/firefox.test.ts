import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backup } from '../../lib/protocol/backup';
import { fixtureFiles } from '../unit/import/fixture-export';
import { findFirefox, launchRapportFirefox, type RapportFirefox } from './harness/firefox';
import { holdQueueReads } from './harness/hold-queue-reads';
import { messagingPage } from './harness/message-boxes';
import { type FixturePerson, profilePage } from './harness/profile-page';

// The core paths in Firefox as well as Chromium: capture on a profile, the popup, the sidebar's follow-up queue,
// an inline hint, an import (its worker stages in the add-on's database), and no request leaving the browser (seen by a recording proxy, which sees the background too).

const gia: FixturePerson = {
  slug: 'gia-lombardi-ff',
  name: 'Gia Lombardi',
  headline: 'Supply chain analyst at Riverbend Ports',
  location: 'Genoa, Italy',
  company: 'Riverbend Ports',
  degree: 2,
};

declare const browser: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  sidebarAction: { isOpen(details: object): Promise<boolean>; close(): Promise<void> };
  extension: { getViews(filter: { type: string }): Window[] };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

const firefox = findFirefox();
let rapport: RapportFirefox;

beforeAll(async () => {
  if (!firefox)
    throw new Error("No Firefox: install Debian's firefox-esr (`.ci/run` does) or set FIREFOX_PATH.");
  rapport = await launchRapportFirefox(firefox);
  console.log(`[firefox] ${rapport.version}`);
  rapport.serve(`/in/${gia.slug}/`, profilePage(gia));
  rapport.serve('/messaging/thread/2-gia/', messagingPage({ slug: gia.slug, name: gia.name }));
});

afterAll(async () => {
  await rapport?.close();
});

const exportAll = async (page: Page) => {
  const reply = (await page.evaluate(() =>
    browser.runtime.sendMessage({ type: 'data/export', payload: {} }),
  )) as {
    ok: boolean;
    value: Backup;
  };
  if (!reply.ok) throw new Error('export failed');
  return reply.value;
};

/** Text as the user sees it (rendered, not the DOM property the linter means). */
const textOf = (page: Page, selector: string) =>
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what "what the user typed" means
  page.$eval(selector, (element) => (element as HTMLElement).innerText);

describe('Rapport in Firefox', () => {
  it('the recording proxy sees a request that would leave the browser (so its silence below means something)', async () => {
    const tab = await rapport.openLinkedIn(`/in/${gia.slug}/`);
    await tab.evaluate(() => fetch('https://tracker.example/pixel.gif').catch(() => null));
    expect(rapport.leaks).toContain('CONNECT tracker.example:443');
    rapport.leaks.length = 0;
    rapport.passedOn.length = 0;
    await tab.close();
  });

  it('captures the open profile and shows the person in the popup', async () => {
    const tab = await rapport.openLinkedIn(`/in/${gia.slug}/`);
    await tab.waitForSelector('h1');
    const popup = await rapport.openExtensionPage('popup');
    // The popup sits behind the profile, which must stay on screen to be captured: poll on DOM changes, not frames.
    await popup.waitForFunction(
      () => [...document.querySelectorAll('h1, h2')].some((h) => h.textContent?.includes('Gia Lombardi')),
      { polling: 'mutation' },
    );
    expect(await textOf(popup, 'body')).toContain('Supply chain analyst at Riverbend Ports');
    const contact = (await exportAll(popup)).contacts.find((c) => c.id === gia.slug);
    expect(contact?.company).toBe('Riverbend Ports');
    await popup.close();
    await tab.close();
  });

  it('queues a follow-up in the sidebar after a meeting is logged', async () => {
    const tab = await rapport.openLinkedIn(`/in/${gia.slug}/`);
    await tab.waitForSelector('h1');
    const popup = await rapport.openExtensionPage('popup');
    const met = await popup.waitForSelector('::-p-aria(Met[role="button"])');
    await popup.bringToFront();
    await met?.click();
    await popup.waitForFunction(() => document.body.textContent?.includes('Logged: Met'));
    const sidebar = await rapport.openExtensionPage('sidepanel');
    await sidebar.waitForFunction(() =>
      /Follow up by[\s\S]*Gia Lombardi|Gia Lombardi[\s\S]*Follow up by/.test(document.body.textContent ?? ''),
    );
    await sidebar.close();
    // Opened again, once the background has kept its first view (in Firefox's session storage too), it draws it.
    await popup.waitForFunction(async () =>
      JSON.stringify((await browser.storage.session.get('firstView')).firstView ?? '').includes(
        'Gia Lombardi',
      ),
    );
    await popup.evaluate(holdQueueReads(1_500));
    const again = await rapport.openExtensionPage('sidepanel');
    await again.waitForFunction(
      () => performance.getEntriesByName('rapport: side panel › first queue painted', 'mark').length,
    );
    expect(
      await again.evaluate(
        () => performance.getEntriesByName('rapport: side panel › kept first view painted').length,
      ),
    ).toBe(1);
    await again.close();
    await popup.close();
    await tab.close();
  });

  it('opens the sidebar from the popup’s “Follow-ups (N)” button, as a user clicks it', async () => {
    const popup = await rapport.openExtensionPage('popup');
    await popup.bringToFront();
    const sidebarOpen = () => popup.evaluate(() => browser.sidebarAction.isOpen({}));
    // Firefox shows a newly installed add-on's sidebar once by itself: close it first, as the user would with its
    // ×. (Closing, like opening, is allowed only in a handler of the user's input: a button added for the test.)
    await popup.evaluate(() => {
      const close = document.createElement('button');
      close.id = 'test-close-sidebar';
      close.textContent = 'Close sidebar';
      close.addEventListener('click', () => void browser.sidebarAction.close());
      document.body.prepend(close);
    });
    await (await popup.waitForSelector('#test-close-sidebar'))?.click();
    await popup.waitForFunction(async () => !(await browser.sidebarAction.isOpen({})), { polling: 50 });
    await popup.evaluate(() => document.querySelector('#test-close-sidebar')?.remove());
    expect(await sidebarOpen()).toBe(false);
    // A real click (WebDriver BiDi input actions): Firefox opens a sidebar only while handling the user's input.
    const button = await popup.waitForSelector('header ::-p-text(Follow-ups)');
    await button?.click();
    await popup.waitForFunction(() => browser.sidebarAction.isOpen({}), { polling: 50 });
    // The sidebar shows the queue, and no tab was opened instead (the fallback when the browser refuses).
    await popup.waitForFunction(
      () =>
        browser.extension
          .getViews({ type: 'sidebar' })
          .some(
            (view) =>
              view.location.pathname === '/sidepanel.html' &&
              view.document.querySelector('h1')?.textContent === 'Follow-ups',
          ),
      { polling: 50 },
    );
    const tabs = (await rapport.browser.pages()).map((page) => page.url());
    expect(tabs.filter((url) => url.endsWith('/sidepanel.html'))).toEqual([]);
    await popup.close();
  });

  it('underlines a hint in a LinkedIn message box without changing what the user typed', async () => {
    const page = await rapport.openLinkedIn('/messaging/thread/2-gia/');
    const editor = await page.waitForSelector('[role=textbox]');
    await editor?.click();
    // A draft whose one hint is the hedge, so the test does not hang on how the engine ranks several.
    const draft =
      'Hi Gia, thanks for your talk on port logistics. I just wanted to share the deck I mentioned. What did you think of the Genoa pilot?';
    await page.keyboard.type(draft);
    await page.waitForFunction(() => {
      const ranges = [
        ...((CSS.highlights.get('rapport-hint-info') ?? []) as Iterable<Range>),
        ...((CSS.highlights.get('rapport-hint') ?? []) as Iterable<Range>),
      ];
      return ranges.some((range) => range.toString() === 'just wanted to');
    });
    expect(await page.$$eval('rapport-hints', (hosts) => hosts.length)).toBe(1);
    expect((await textOf(page, '[role=textbox]')).trim()).toBe(draft);
    await page.close();
  });

  it('imports an export through the options page: its worker stages the chunks in the add-on’s own database', async () => {
    const zip = join(mkdtempSync(join(tmpdir(), 'rapport-ff-import-')), 'export.zip');
    const files = fixtureFiles('2024-12');
    writeFileSync(
      zip,
      zipSync(Object.fromEntries(files.map((f) => [`Basic_LinkedInDataExport/${f.name}`, f.bytes]))),
    );
    const options = await rapport.openExtensionPage('options');
    const input = await options.waitForSelector('section[aria-labelledby="import-heading"] input[type=file]');
    await (input as ElementHandle<HTMLInputElement>).uploadFile(zip);
    const start = await options.waitForSelector('button ::-p-text(rows)', { timeout: 60_000 });
    expect(await start?.evaluate((button) => button.textContent)).toMatch(/^Import \d+ rows$/);
    await start?.click();
    await options.waitForFunction(
      () => document.body.textContent?.includes('Imported: 4 new contacts, 0 updated, 9 interactions.'),
      { polling: 100 },
    );
    const stored = await exportAll(options);
    expect(stored.interactions.filter((i) => i.source === 'import')).toHaveLength(9);
    await options.close();
  });

  it('made no request that left the browser (recording proxy)', () => {
    expect(rapport.passedOn).toEqual([]);
    expect(rapport.leaks).toEqual([]);
  });
});
