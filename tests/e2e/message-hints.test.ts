import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type RapportBrowser } from './harness/extension';
import {
  type BoxPerson,
  commentPage,
  inmailPage,
  invitePage,
  lateBoxPage,
  messagingPage,
  overlaysPage,
} from './harness/message-boxes';
import { exportAll } from './harness/messages';
import { inBadge, underlines } from './harness/shadow';

const ada: BoxPerson = { slug: 'ada-lindqvist-hints', name: 'Ada Lindqvist' };
const bo: BoxPerson = { slug: 'bo-berg-hints', name: 'Bo Berg' };
const cleo: BoxPerson = { slug: 'cleo-marsh-hints', name: 'Cleo Marsh' };
const dev: BoxPerson = { slug: 'dev-okafor-hints', name: 'Dev Okafor' };
const eli: BoxPerson = { slug: 'eli-novak-hints', name: 'Eli Novak' };

const ASK = 'Sorry to bother you, I just wanted to ask if you could review my deck?';
const EDITOR = '[role=textbox]';

let rapport: RapportBrowser;
let options: Page;

beforeAll(async () => {
  rapport = await launchRapport();
  rapport.serve('/messaging/thread/2-ada/', messagingPage(ada));
  rapport.serve('/messaging/thread/2-nobody/', messagingPage({ slug: '', name: 'Nobody Known' }, true));
  rapport.serve('/feed/', overlaysPage(ada, bo));
  rapport.serve(`/in/${cleo.slug}/`, invitePage(cleo));
  rapport.serve('/messaging/inmail/', inmailPage(dev));
  rapport.serve('/feed/update/urn:li:activity:1/', commentPage(eli));
  rapport.serve('/events/', lateBoxPage());
  options = await rapport.openExtensionPage('options');
});

afterAll(async () => {
  await rapport?.close();
});

async function open(path: string) {
  const page = await rapport.context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log(`[page error] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[page exception] ${e.message}`));
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

/** Waits until some badge host reports an analysis newer than `after` (page clock). */
async function analysedAfter(page: Page, after: number) {
  await page.waitForFunction(
    (t) =>
      [...document.querySelectorAll('rapport-hints')].some(
        (host) => Number(host.getAttribute('data-rapport-analysed-at')) > t,
      ),
    after,
  );
}

/** The box's text as the user sees it (Playwright's innerText, not the DOM property the linter means). */
// biome-ignore lint/performance/useDomNodeTextContent: rendered text is what "byte-for-byte what the user typed" means
const shownText = (box: Locator) => box.innerText();
const now = (page: Page) => page.evaluate(() => performance.now());
const badgeLabel = (page: Page, index = 0) =>
  inBadge<string | null>(
    page,
    index,
    'function () { const b = this.querySelector(".badge"); return b.hidden ? null : b.textContent; }',
  );
const sentTo = async (slug: string) =>
  (await exportAll(options)).interactions.filter((i) => i.contactId === slug);

async function typeInto(page: Page, selector: string, text: string) {
  const t = await now(page);
  const box = page.locator(selector);
  await box.click();
  await box.pressSequentially(text);
  await analysedAfter(page, t);
}

describe('inline hints in LinkedIn boxes', () => {
  it('underlines the right words in a message, follows edits, applies a clicked suggestion and records the send', async () => {
    const page = await open('/messaging/thread/2-ada/');
    await typeInto(page, EDITOR, ASK);
    expect(await badgeLabel(page)).toMatch(/\d/);
    expect((await underlines(page)).map((u) => u.text)).toContain('just wanted to');
    expect(await shownText(page.locator(EDITOR))).toBe(ASK);

    const t = await now(page);
    await page.keyboard.press('Home');
    await page.keyboard.type('Hi Ada, ');
    await analysedAfter(page, t);
    const typed = `Hi Ada, ${ASK}`;
    expect(await shownText(page.locator(EDITOR))).toBe(typed);
    const texts = (await underlines(page)).map((u) => u.text);
    expect(texts).toContain('just wanted to');
    expect(texts).toContain('Sorry to bother');

    const t2 = await now(page);
    await inBadge(page, 0, 'function () { this.querySelector(".badge").click(); }');
    await inBadge(
      page,
      0,
      'function () { [...this.querySelectorAll("button")].find((b) => b.textContent === "Use “wanted to”").click(); }',
    );
    await analysedAfter(page, t2);
    expect(await shownText(page.locator(EDITOR))).toBe(typed.replace('just wanted to', 'wanted to'));
    expect((await underlines(page)).map((u) => u.text)).not.toContain('just wanted to');

    await page.locator('.msg-form__send-button').click();
    await expect
      .poll(async () => (await sentTo(ada.slug)).map((i) => [i.kind, i.intent]))
      .toEqual([['message-sent', 'ask']]);
    expect((await sentTo(ada.slug))[0]?.excerpt).toBe('');
    await page.close();
  });

  it('keeps two open conversations apart: hints on the box typed in, the send on its own person', async () => {
    const adaBefore = (await sentTo(ada.slug)).length;
    const page = await open('/feed/');
    const first = page.locator(`[data-person="${ada.slug}"] ${EDITOR}`);
    const second = page.locator(`[data-person="${bo.slug}"] ${EDITOR}`);
    await typeInto(page, `[data-person="${ada.slug}"] ${EDITOR}`, ASK);
    await second.click();
    const t = await now(page);
    await second.pressSequentially('Hi Bo, here is the article on routing I mentioned. Enjoy!');
    await analysedAfter(page, t);
    const marks = await underlines(page);
    expect(marks.filter((m) => m.text === 'just wanted to').map((m) => m.box)).toEqual([ada.slug]);

    await page.keyboard.press('Enter'); // Bo's overlay has "Press Enter to send" on
    await expect
      .poll(async () => (await sentTo(bo.slug)).map((i) => [i.kind, i.intent]))
      .toEqual([['message-sent', 'give']]);
    expect(await shownText(first)).toBe(ASK);
    expect((await sentTo(ada.slug)).length).toBe(adaBefore);

    // LinkedIn re-renders the first overlay's editor: the old box's hints go, the new box gets its own.
    await page.evaluate(() => (window as unknown as { rerenderFirst(): void }).rerenderFirst());
    await expect
      .poll(() => underlines(page).then((m) => m.filter((u) => u.text === 'just wanted to').length))
      .toBe(0);
    await typeInto(page, `[data-person="${ada.slug}"] ${EDITOR}`, 'I just wanted to say thanks.');
    expect((await underlines(page)).filter((m) => m.text === 'just wanted to').map((m) => m.box)).toEqual([
      ada.slug,
    ]);
    await page.close();
  });

  it('checks a connection note through a mirror over the textarea and records the invitation', async () => {
    const page = await open(`/in/${cleo.slug}/`);
    await typeInto(page, '#custom-message', 'I just wanted to connect.');
    expect(await badgeLabel(page)).not.toBeNull();
    expect((await underlines(page)).map((u) => u.text)).toContain('just wanted to');
    expect(await page.locator('#custom-message').inputValue()).toBe('I just wanted to connect.');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(async () => (await sentTo(cleo.slug)).map((i) => i.kind)).toEqual(['invitation-sent']);
    await page.close();
  });

  it('checks InMail and comments, and records each on the right person', async () => {
    const inmail = await open('/messaging/inmail/');
    await typeInto(
      inmail,
      EDITOR,
      'Hi Dev, I will send you the brief by Friday. Would Tuesday work for a call?',
    );
    await inmail.locator('.msg-form__send-button').click();
    await expect.poll(async () => (await sentTo(dev.slug)).map((i) => i.kind)).toEqual(['message-sent']);
    await expect
      .poll(async () => (await exportAll(options)).commitments.filter((c) => c.contactId === dev.slug).length)
      .toBe(1);
    const [promise] = (await exportAll(options)).commitments.filter((c) => c.contactId === dev.slug);
    expect(promise).toMatchObject({ by: 'me', status: 'open' });
    expect(promise?.dueAt).toBeGreaterThan(Date.now());
    await inmail.close();

    const post = await open('/feed/update/urn:li:activity:1/');
    await typeInto(post, EDITOR, 'Great post, I just wanted to say the routing part was brilliant.');
    expect((await underlines(post)).map((u) => u.text)).toContain('just wanted to');
    await post.getByRole('button', { name: 'Post' }).click();
    await expect.poll(async () => (await sentTo(eli.slug)).map((i) => i.kind)).toEqual(['commented']);
    await post.close();
  });

  it('checks a box rendered late, and records nothing for a box whose person is unknown', async () => {
    const late = await open('/events/');
    await late.locator(EDITOR).waitFor();
    await typeInto(late, EDITOR, 'I just wanted to say hello.');
    expect(await badgeLabel(late)).not.toBeNull();
    expect(await shownText(late.locator(EDITOR))).toBe('I just wanted to say hello.');
    await late.close();

    const before = (await exportAll(options)).interactions.length;
    const unknown = await open('/messaging/thread/2-nobody/');
    await typeInto(unknown, EDITOR, 'Hello there, could we talk?');
    await unknown.locator('.msg-form__send-button').click();
    await expect.poll(async () => (await shownText(unknown.locator(EDITOR))).trim()).toBe('');
    await unknown.waitForTimeout(500);
    expect((await exportAll(options)).interactions.length).toBe(before);
    await unknown.close();
  });

  it('stays responsive on a 100,000-character paste and says it checked only the start', async () => {
    const page = await open('/messaging/thread/2-ada/');
    await page.locator(EDITOR).click();
    const t = await now(page);
    const worstGap = await page.evaluate(async () => {
      let last = performance.now();
      let worst = 0;
      const beat = setInterval(() => {
        worst = Math.max(worst, performance.now() - last);
        last = performance.now();
      }, 10);
      document.execCommand(
        'insertText',
        false,
        'Could you maybe just help me out here? '.repeat(2600).slice(0, 100_000),
      );
      await new Promise((done) => setTimeout(done, 1500));
      clearInterval(beat);
      return worst;
    });
    await analysedAfter(page, t);
    const panel = await inBadge<string>(
      page,
      0,
      'function () { this.querySelector(".badge").click(); return this.querySelector(".panel").textContent; }',
    );
    expect(panel).toContain('Checked the first 5,000 of 100,000 characters.');
    console.log(
      `[message-hints] 100,000-character paste: longest gap between 10 ms timer ticks ${worstGap.toFixed(0)} ms`,
    );
    expect((await shownText(page.locator(EDITOR))).length).toBe(100_000);
    await page.close();
  });

  it('measures keystroke-to-hint latency on a 1,000-character message', async () => {
    const page = await open('/messaging/thread/2-ada/');
    const draft = 'Thanks for the talk on routing engines yesterday, it was sharp and useful. '
      .repeat(14)
      .slice(0, 1000);
    await page.locator(EDITOR).click();
    const t = await now(page);
    await page.evaluate((text) => document.execCommand('insertText', false, text), draft);
    await analysedAfter(page, t);
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; keyAt: number };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
      document.addEventListener('keydown', () => (w.keyAt = performance.now()), true);
    });
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const before = await now(page);
      await page.keyboard.type(i % 2 ? 'x' : ' ');
      await analysedAfter(page, before);
      latencies.push(
        await page.evaluate(
          () =>
            Number(document.querySelector('rapport-hints')?.getAttribute('data-rapport-analysed-at')) -
            (window as unknown as { keyAt: number }).keyAt,
        ),
      );
    }
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    latencies.sort((a, b) => a - b);
    const median = (latencies[9]! + latencies[10]!) / 2;
    console.log(
      `[message-hints] keystroke-to-hint on a 1,000-character message (n=20): median ${median.toFixed(1)} ms ` +
        `(${(median - 150).toFixed(1)} ms after the 150 ms pause), min ${latencies[0]!.toFixed(1)}, max ${latencies[19]!.toFixed(1)}; ` +
        `long tasks (>50 ms) during typing: ${longTasks.length ? longTasks.map((d) => d.toFixed(0)).join(', ') : 'none'}`,
    );
    expect(latencies).toHaveLength(20);
    await page.close();
  });

  it('removes every badge and underline when inline hints are switched off in options', async () => {
    const page = await open('/messaging/thread/2-ada/');
    await typeInto(page, EDITOR, ASK);
    expect(await page.locator('rapport-hints').count()).toBe(1);
    await options.reload();
    await options.getByRole('checkbox', { name: 'Inline hints on LinkedIn' }).uncheck();
    await expect.poll(() => page.locator('rapport-hints').count()).toBe(0);
    expect(await underlines(page)).toEqual([]);
    expect(await shownText(page.locator(EDITOR))).toBe(ASK);
    await page.close();
  });

  it('made no request that left the browser', () => {
    expect(rapport.leaks).toEqual([]);
  });
});
