// Screenshots of every surface, light and dark, at the sizes the browser gives them, into docs/screenshots/.
// Run after `npm run build`: `npm run screenshot`. The pages' clock is fixed (DEMO_NOW), so dates do not change.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { SETTLE_MS } from '../lib/background/network-keeper';
import { DEMO_NOW, demoBackup, MAYA, seedDemo } from '../tests/e2e/harness/demo';
import { launchRapport } from '../tests/e2e/harness/extension';
import { messagingPage } from '../tests/e2e/harness/message-boxes';
import { sendRaw } from '../tests/e2e/harness/messages';
import { profilePage } from '../tests/e2e/harness/profile-page';
import { inBadge } from '../tests/e2e/harness/shadow';
import { networkPerson, networkRow } from './bench/network-seed';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(OUT, { recursive: true });

/** Chrome's popup: the page's own width, as tall as its content up to 600 px. */
const POPUP = { width: 440, height: 600 };
/** A side panel in a 1280 × 800 window. */
const PANEL = { width: 400, height: 800 };
const TAB = { width: 1100, height: 800 };

type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

const rapport = await launchRapport();
try {
  await rapport.context.clock.setFixedTime(DEMO_NOW);
  rapport.serve(`/in/${MAYA.slug}/`, profilePage(MAYA));
  const shoot = async (page: Page, name: string, scheme: Scheme, fullPage = false) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${OUT}/${name}-${scheme}.png`, fullPage });
    console.log(`wrote docs/screenshots/${name}-${scheme}.png`);
  };
  /** Chrome sizes the popup to its content, up to 600 px: the shot is as tall as the popup would be. */
  const shootPopup = async (page: Page, name: string) => {
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: POPUP.width, height: 100 });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: POPUP.width, height: Math.min(POPUP.height, height) });
      await page.screenshot({ path: `${OUT}/${name}-${scheme}.png` });
      console.log(
        `wrote docs/screenshots/${name}-${scheme}.png (${POPUP.width} × ${Math.min(POPUP.height, height)})`,
      );
    }
    await page.setViewportSize(POPUP);
  };
  const open = async (
    name: 'popup' | 'sidepanel' | 'options' | 'welcome' | 'why' | 'network',
    size: typeof TAB,
  ) => {
    const page = await rapport.context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${rapport.extensionId}/${name}.html`);
    return page;
  };

  // First run and the "Why?" page.
  const welcome = await open('welcome', TAB);
  await welcome.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
  for (const scheme of SCHEMES) await shoot(welcome, 'welcome', scheme);
  const why = await open('why', TAB);
  await why.getByRole('heading', { name: /Why Rapport/ }).waitFor();
  for (const scheme of SCHEMES) await shoot(why, 'why', scheme);

  // An empty queue, before any data.
  const empty = await open('sidepanel', PANEL);
  await empty.getByText('Nothing to follow up').waitFor();
  for (const scheme of SCHEMES) await shoot(empty, 'sidepanel-empty', scheme);

  // First visit to Maya's profile: the demo network without her.
  const options = await open('options', TAB);
  await seedDemo(options, { withMaya: false });
  const tab = await rapport.context.newPage();
  await tab.goto(`https://www.linkedin.com/in/${MAYA.slug}/`);
  const first = await open('popup', POPUP);
  await first.getByRole('heading', { name: /Maya Okafor/ }).waitFor();
  await shootPopup(first, 'popup-first-visit');

  // Returning: her history, and a draft with hints.
  await seedDemo(options);
  const popup = await open('popup', POPUP);
  await popup.getByRole('heading', { name: /Maya Okafor/ }).waitFor();
  await popup
    .getByRole('textbox', { name: 'Draft message' })
    .fill(
      'Hi Maya, sorry to bother you again! Could you just review our SDK docs ASAP? I need it by Friday.',
    );
  await popup.getByRole('list', { name: 'Tone hints' }).waitFor();
  await popup.getByRole('list', { name: 'Your reply to them' }).waitFor();
  await shootPopup(popup, 'popup-draft');
  await popup.getByRole('tab', { name: 'Give & take' }).click();
  await shootPopup(popup, 'popup-give-and-take');
  await popup.getByRole('tab', { name: 'Log & draft' }).click();

  // The brief opened from its one line, scrolled to "Who can introduce you" as the user would.
  await popup.locator('section.brief summary').click();
  const introducers = popup.getByRole('region', { name: 'Who can introduce you' });
  await introducers.getByRole('list', { name: 'Introducers, best first' }).waitFor();
  await introducers.getByRole('button', { name: 'Draft intro request' }).first().scrollIntoViewIfNeeded();
  for (const scheme of SCHEMES) await shoot(popup, 'popup-brief', scheme);
  await popup.locator('section.brief summary').click();

  // At an event: one line under the bar, Maya marked as met.
  await popup.getByRole('button', { name: "I'm at an event" }).click();
  await popup.getByRole('textbox', { name: 'Event name' }).fill('Lagos DevFest');
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: 'Met here' }).click();
  await popup.getByText('On your list', { exact: true }).waitFor();
  await popup.evaluate(() => window.scrollTo(0, 0));
  await shootPopup(popup, 'popup-event');

  // Two more people met there, then the event ends: one batch in the side panel.
  const events = (await sendRaw(options, { type: 'data/export', payload: {} })) as {
    ok: true;
    value: { events: { id: string }[] };
  };
  const eventId = events.value.events[0]!.id;
  for (const [contactId, talkedAbout, promised] of [
    ['farah-haddad-demo', 'her seed round and hiring a first designer', 'Send the list of design schools'],
    ['kenji-mori-demo', 'developer relations at small companies', ''],
  ] as const) {
    await sendRaw(options, {
      type: 'event/met',
      payload: { eventId, contactId, talkedAbout, promised, at: DEMO_NOW },
    });
  }
  await sendRaw(options, { type: 'event/end', payload: { id: eventId, at: DEMO_NOW } });

  // The queue, and one person's view.
  const panel = await open('sidepanel', PANEL);
  await panel.getByRole('list', { name: 'Overdue' }).waitFor();
  await panel.getByRole('heading', { name: /^After Lagos DevFest/ }).waitFor();
  for (const scheme of SCHEMES) await shoot(panel, 'sidepanel', scheme);
  await panel.getByRole('button', { name: 'Maya Okafor' }).first().click();
  await panel.getByRole('tab', { name: 'Log & draft' }).waitFor();
  for (const scheme of SCHEMES) await shoot(panel, 'contact-view', scheme);

  for (const scheme of SCHEMES) {
    await options.reload();
    await options
      .getByRole('heading', { name: /Rapport/ })
      .first()
      .waitFor();
    await shoot(options, 'options', scheme);
  }

  // The inline badge and its panel on a LinkedIn message box, on a light page and on LinkedIn's dark theme.
  for (const scheme of SCHEMES) {
    const path = `/messaging/thread/demo-${scheme}/`;
    rapport.serve(path, messagingPage({ slug: MAYA.slug, name: MAYA.name }, false, scheme));
    const page = await rapport.context.newPage();
    await page.setViewportSize({ width: 900, height: 620 });
    await page.goto(`https://www.linkedin.com${path}`);
    const box = page.getByRole('textbox', { name: 'Write a message…' });
    await box.click();
    await page.keyboard.type('Hi Maya, sorry to bother you! Could you just review our docs ASAP?');
    await inBadge(
      page,
      0,
      'async function () { while (this.querySelector(".badge").hidden) await new Promise(r => setTimeout(r, 50)); }',
    );
    await page.screenshot({ path: `${OUT}/inline-badge-${scheme}.png` });
    await inBadge(page, 0, 'function () { this.querySelector(".badge").click(); }');
    await page.screenshot({ path: `${OUT}/inline-panel-${scheme}.png` });
    console.log(`wrote docs/screenshots/inline-badge-${scheme}.png and inline-panel-${scheme}.png`);
  }

  // The network view, drawn from an invented network of 800 people and a year of exchanges (the bench's seed,
  // without the numbers that keep its names apart).
  const backup = demoBackup();
  for (let i = 0; i < 800; i++) {
    const person = networkPerson(i, DEMO_NOW);
    backup.contacts.push({ ...person, name: person.name.replace(/ \d+$/, '') });
  }
  for (let n = 0; n < 1_000; n++) backup.interactions.push(networkRow(n, 800, DEMO_NOW));
  const restored = await sendRaw(options, { type: 'data/restore', payload: { backup } });
  if (!restored.ok) throw new Error(`restore failed: ${restored.error.message}`);
  // The worker runs on the real clock (the fixed one is the pages'): once a picture is stored, the quiet time after
  // a big write has it drawn again as of today, and the page then redraws it as of DEMO_NOW, with the shot
  // somewhere in between. Opened after that quiet time, the page draws the only picture, as of DEMO_NOW.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 2_000));
  const network = await open('network', TAB);
  await network.getByRole('heading', { name: 'Your network at a glance' }).waitFor();
  await network.getByRole('img', { name: 'By company: bar chart' }).waitFor();
  await network.getByText(/as of Mar 18, 2026/).waitFor();
  await network.locator('p[aria-live]:text-is("")').waitFor({ state: 'attached' });
  for (const scheme of SCHEMES) await shoot(network, 'network', scheme, true);
} finally {
  await rapport.close();
}
