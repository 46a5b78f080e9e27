import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchedForThisFile } from './harness/fixture';
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

// Drawn so its three hints (at most three are shown, most important first) include the apology and the hedge,
// in a first message, a reply and a nudge alike: over-apologising, minimising and, first, the open question.
const ASK =
  'Sorry to bother you. I read your post on pricing and just wanted to ask what you would change in my deck?';
const EDITOR = '[role=textbox]';

let options: Page;

const rapport = launchedForThisFile({
  '/messaging/thread/2-ada/': messagingPage(ada),
  '/messaging/thread/2-nobody/': messagingPage({ slug: '', name: 'Nobody Known' }, true),
  '/feed/': overlaysPage(ada, bo),
  [`/in/${cleo.slug}/`]: invitePage(cleo),
  '/messaging/inmail/': inmailPage(dev),
  '/feed/update/urn:li:activity:1/': commentPage(eli),
  '/events/': lateBoxPage(),
});

beforeAll(async () => {
  options = await rapport.openExtensionPage('options');
});

async function open(path: string) {
  const page = await rapport.context.newPage();
  await page.addInitScript(() =>
    addEventListener('input', () => Object.assign(window, { lastInputAt: performance.now() }), true),
  );
  page.on('console', (m) => m.type() === 'error' && console.log(`[page error] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[page exception] ${e.message}`));
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

/**
 * Waits until a badge host reports an analysis newer than the page's last input event. Older analyses are of
 * text the user has since changed (and are dropped by the session), so the one after the last input is of what
 * the box shows now, however slowly a loaded machine types.
 */
async function analysedLatest(page: Page) {
  await page.waitForFunction(() => {
    const last = (window as unknown as { lastInputAt?: number }).lastInputAt ?? 0;
    return [...document.querySelectorAll('rapport-hints')].some(
      (host) => Number(host.getAttribute('data-rapport-analysed-at')) > last,
    );
  });
}

/** The box's text as the user sees it (Playwright's innerText, not the DOM property the linter means). */
// biome-ignore lint/performance/useDomNodeTextContent: rendered text is what "byte-for-byte what the user typed" means
const shownText = (box: Locator) => box.innerText();
const badgeLabel = (page: Page, index = 0) =>
  inBadge<string | null>(
    page,
    index,
    'function () { const b = this.querySelector(".badge"); return b.hidden ? null : b.textContent; }',
  );
const sentTo = async (slug: string) =>
  (await exportAll(options)).interactions.filter((i) => i.contactId === slug);

async function typeInto(page: Page, selector: string, text: string) {
  const box = page.locator(selector);
  await box.click();
  await box.pressSequentially(text);
  await analysedLatest(page);
}

describe('inline hints in LinkedIn boxes', () => {
  it('underlines the right words in a message, follows edits, applies a clicked suggestion and records the send', async () => {
    const page = await open('/messaging/thread/2-ada/');
    await typeInto(page, EDITOR, ASK);
    expect(await badgeLabel(page)).toMatch(/\d/);
    expect((await underlines(page)).map((u) => u.text)).toContain('just wanted to');
    expect(await shownText(page.locator(EDITOR))).toBe(ASK);
    await page.keyboard.press('Home');
    await page.keyboard.type('Hi Ada, ');
    await analysedLatest(page);
    const typed = `Hi Ada, ${ASK}`;
    expect(await shownText(page.locator(EDITOR))).toBe(typed);
    const texts = (await underlines(page)).map((u) => u.text);
    expect(texts).toContain('just wanted to');
    expect(texts).toContain('Sorry to bother');
    await inBadge(page, 0, 'function () { this.querySelector(".badge").click(); }');
    await inBadge(
      page,
      0,
      'function () { [...this.querySelectorAll("button")].find((b) => b.textContent === "Use “wanted to”").click(); }',
    );
    await analysedLatest(page);
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
    await second.pressSequentially('Hi Bo, here is the article on routing I mentioned. Enjoy!');
    await analysedLatest(page);
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
    // Bo's cleared box may be re-checked meanwhile, so wait for the underline itself, not for any analysis.
    const fresh = page.locator(`[data-person="${ada.slug}"] ${EDITOR}`);
    await fresh.click();
    await fresh.pressSequentially('I just wanted to say thanks.');
    await expect
      .poll(async () => (await underlines(page)).filter((m) => m.text === 'just wanted to').map((m) => m.box))
      .toEqual([ada.slug]);
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

  it('checks InMail, and records the message and its promise on the right person', async () => {
    const inmail = await open('/messaging/inmail/');
    await typeInto(
      inmail,
      EDITOR,
      'Hi Dev, I will send you the brief by Friday. Would Tuesday work for a call?',
    );
    expect(await badgeLabel(inmail)).not.toBeNull();
    await inmail.locator('.msg-form__send-button').click();
    await expect.poll(async () => (await sentTo(dev.slug)).map((i) => i.kind)).toEqual(['message-sent']);
    await expect
      .poll(async () => (await exportAll(options)).commitments.filter((c) => c.contactId === dev.slug).length)
      .toBe(1);
    const [promise] = (await exportAll(options)).commitments.filter((c) => c.contactId === dev.slug);
    expect(promise).toMatchObject({ by: 'me', status: 'open' });
    expect(promise?.dueAt).toBeGreaterThan(Date.now());
    await inmail.close();
  });

  it("checks a comment, and records it on the post's author", async () => {
    const post = await open('/feed/update/urn:li:activity:1/');
    await typeInto(post, EDITOR, 'Great post, I just wanted to say the routing part was brilliant.');
    expect((await underlines(post)).map((u) => u.text)).toContain('just wanted to');
    await post.getByRole('button', { name: 'Post' }).click();
    await expect.poll(async () => (await sentTo(eli.slug)).map((i) => i.kind)).toEqual(['commented']);
    await post.close();
  });

  it('checks a box rendered late, and records nothing for a box whose person is unknown', async () => {
    const late = await open('/events/');
    await late.evaluate(() => (window as unknown as { renderLater(): void }).renderLater());
    await late.locator(EDITOR).waitFor();
    await typeInto(late, EDITOR, 'I just wanted to say hello.');
    expect(await badgeLabel(late)).not.toBeNull();
    expect(await shownText(late.locator(EDITOR))).toBe('I just wanted to say hello.');
    await late.close();

    const before = (await exportAll(options)).interactions.length;
    const adaBefore = (await sentTo(ada.slug)).length;
    const unknown = await open('/messaging/thread/2-nobody/');
    await typeInto(unknown, EDITOR, 'Hello there, could we talk?');
    await unknown.locator('.msg-form__send-button').click();
    await expect.poll(async () => (await shownText(unknown.locator(EDITOR))).trim()).toBe('');
    await unknown.close();
    // A send to a known person after it is recorded; by then the unknown one would have been too.
    const known = await open('/messaging/thread/2-ada/');
    await typeInto(known, EDITOR, 'Here is the routing article I mentioned.');
    await known.locator('.msg-form__send-button').click();
    await expect.poll(async () => (await exportAll(options)).interactions.length).toBe(before + 1);
    const notAda = (await exportAll(options)).interactions.filter((i) => i.contactId !== ada.slug);
    expect(notAda.length).toBe(before - adaBefore);
    await known.close();
  });

  it('stays responsive on a 100,000-character or 5,000-paragraph paste, says it checked only the start, never edits the box', async () => {
    const page = await open('/messaging/thread/2-ada/');
    await page.locator(EDITOR).click();
    await page.evaluate(() =>
      document.execCommand(
        'insertText',
        false,
        'Could you maybe just help me out here? '.repeat(2600).slice(0, 100_000),
      ),
    );
    await analysedLatest(page);
    const panel = await inBadge<string>(
      page,
      0,
      'function () { this.querySelector(".badge").click(); return this.querySelector(".panel").textContent; }',
    );
    // Past what a message can hold only the start is read, and the hints stay in the badge: no underlines (a
    // custom highlight repaints the whole page in Chromium). The editor keeps every character.
    expect(panel).toContain('Checked the first 5,000 of more than 10,000 characters.');
    expect(await underlines(page)).toEqual([]);
    expect((await shownText(page.locator(EDITOR))).length).toBe(100_000);

    // 5,000 pasted paragraphs are read the same way and left as they were; trimmed back to a message, the
    // draft is underlined again.
    const paragraphs = Array.from(
      { length: 5_000 },
      (_, i) => `<p>Could you maybe help, part ${i}?</p>`,
    ).join('');
    // As the bench pastes (the editing command's own insertHTML takes minutes at this size): the page's editor
    // puts the paragraphs in the box and announces the paste.
    await page.locator(EDITOR).evaluate((box, html) => {
      box.innerHTML = html;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, paragraphs);
    await analysedLatest(page);
    expect(await page.locator(EDITOR).evaluate((box, html) => box.innerHTML === html, paragraphs)).toBe(true);
    expect(await underlines(page)).toEqual([]);
    await page.evaluate((text) => {
      document.execCommand('selectAll');
      document.execCommand('insertText', false, text);
    }, ASK);
    await analysedLatest(page);
    await expect.poll(async () => (await underlines(page)).map((u) => u.text)).toContain('just wanted to');
    expect(await shownText(page.locator(EDITOR))).toBe(ASK);
    await page.close();
  });

  it('re-checks a 1,000-character message after every keystroke, each report of the text after that key', async () => {
    const page = await open('/messaging/thread/2-ada/');
    const draft = 'Thanks for the talk on routing engines yesterday, it was sharp and useful. '
      .repeat(14)
      .slice(0, 1000);
    await page.locator(EDITOR).click();
    await page.evaluate((text) => document.execCommand('insertText', false, text), draft);
    await analysedLatest(page);
    let typed = draft;
    for (const key of [' ', 'I', ' ', 'j', 'u', 's', 't', ' ', 'w', 'a', 'n', 't', 'e', 'd', ' ', 't', 'o']) {
      await page.keyboard.type(key);
      typed += key;
      await analysedLatest(page);
    }
    // The last report is of the full text: the hint on the words typed last is there.
    await expect.poll(async () => (await underlines(page)).map((u) => u.text)).toContain('just wanted to');
    expect(await shownText(page.locator(EDITOR))).toBe(typed);
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
});
