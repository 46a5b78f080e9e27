// Screenshots of every surface, light and dark, at the sizes the browser gives them, into docs/screenshots/.
// Run after `npm run build`: `npm run screenshot`. The pages' clock is fixed (DEMO_NOW), so dates do not change.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_NOW, MAYA, seedDemo } from '../tests/e2e/harness/demo';
import { launchRapport } from '../tests/e2e/harness/extension';
import { messagingPage } from '../tests/e2e/harness/message-boxes';
import { profilePage } from '../tests/e2e/harness/profile-page';
import { inBadge } from '../tests/e2e/harness/shadow';

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
  const open = async (name: 'popup' | 'sidepanel' | 'options' | 'welcome' | 'why', size: typeof TAB) => {
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
  for (const scheme of SCHEMES) await shoot(first, 'popup-first-visit', scheme, true);

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
  for (const scheme of SCHEMES) await shoot(popup, 'popup-draft', scheme, true);
  await popup.getByRole('tab', { name: 'Give & take' }).click();
  for (const scheme of SCHEMES) await shoot(popup, 'popup-give-and-take', scheme, true);

  // The queue, and one person's view.
  const panel = await open('sidepanel', PANEL);
  await panel.getByRole('list', { name: 'Overdue' }).waitFor();
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
} finally {
  await rapport.close();
}
