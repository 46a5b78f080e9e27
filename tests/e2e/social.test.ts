import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONNECTIONS_FIELDS,
  generateExport,
  MESSAGES_FIELDS,
} from '../../scripts/bench/import-export-generator';
import { EXTENSION_DIR, launchRapport, type RapportBrowser } from './harness/extension';
import { withMessageOverlay } from './harness/message-boxes';
import { exportAll, sendRaw } from './harness/messages';
import { openBrief, openEventDetails } from './harness/popup';
import { type FixturePerson, profilePage } from './harness/profile-page';
import { panelText, typeAndWait } from './harness/shadow';

const DAY = 86_400_000;
const OWNER = { name: 'Iris Vale', url: 'https://www.linkedin.com/in/iris-vale-e2e' };
let rapport: RapportBrowser;

const utc = (at: number) => `${new Date(at).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
const day = (at: number) =>
  new Date(at).toLocaleDateString('en-GB', { day: '2-digit', month: 'short', year: 'numeric' });
const csv = (rows: string[][]) =>
  rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n');

/** An export of two connections: Ada, written to last week with something useful; Tomás, connected years ago. */
function smallExport() {
  const now = Date.now();
  const connections = csv([
    [...CONNECTIONS_FIELDS],
    [
      'Ada',
      'Lindqvist',
      'https://www.linkedin.com/in/ada-lindqvist-e2e',
      '',
      'Northwind',
      'Engineering Manager',
      day(now - 400 * DAY),
    ],
    [
      'Tomás',
      'García',
      'https://www.linkedin.com/in/tomas-garcia-e2e',
      '',
      'Globex',
      'Designer',
      day(now - 1200 * DAY),
    ],
  ]);
  const ada = ['Ada Lindqvist', 'https://www.linkedin.com/in/ada-lindqvist-e2e'];
  const messages = csv([
    [...MESSAGES_FIELDS],
    [
      'c-1',
      '',
      ...ada,
      OWNER.name,
      OWNER.url,
      utc(now - 9 * DAY),
      '',
      'How is the launch going? What are you most excited about?',
      'INBOX',
      'No',
      'No',
    ],
    [
      'c-1',
      '',
      OWNER.name,
      OWNER.url,
      ...ada,
      utc(now - 7 * DAY),
      '',
      'Here is the article on launch checklists I mentioned, I hope it helps your team!',
      'INBOX',
      'No',
      'No',
    ],
    // A second conversation makes the owner the one person in every conversation.
    [
      'c-2',
      '',
      OWNER.name,
      OWNER.url,
      'Bo Hansen',
      'https://www.linkedin.com/in/bo-hansen-e2e',
      utc(now - 30 * DAY),
      '',
      'Lovely to meet you at the meetup, Bo. What are you working on next?',
      'INBOX',
      'No',
      'No',
    ],
  ]);
  const encode = (text: string) => new TextEncoder().encode(text);
  return Buffer.from(
    zipSync({
      'Basic_LinkedInDataExport/Connections.csv': encode(`Notes:\n"x"\n\n${connections}`),
      'Basic_LinkedInDataExport/messages.csv': encode(messages),
    }),
  );
}

let smallImport: Promise<void> | undefined;
/** The small export, imported once for the tests that need Ada and Tomás known. */
const importSmallExport = () => (smallImport ??= importZip(smallExport()));

async function importZip(buffer: Buffer) {
  const options = await rapport.openExtensionPage('options');
  await options
    .getByLabel('LinkedIn export (zip or CSV files)')
    .setInputFiles({ name: 'export.zip', mimeType: 'application/zip', buffer });
  await options.getByRole('button', { name: /^Import [\d,]+ rows$/ }).click({ timeout: 60_000 });
  await options.getByText(/^Imported: /).waitFor({ timeout: 60_000 });
  await options.close();
}

const noa: FixturePerson = {
  slug: 'noa-levi-e2e',
  name: 'Noa Levi',
  headline: 'Head of Research at Initech',
  location: 'Lisbon, Portugal',
  company: 'Initech',
  degree: 2,
  // As LinkedIn writes them: no accent on Tomás here.
  mutual: { names: ['Tomas Garcia', 'Ada Lindqvist'], others: 5 },
};
/** 2nd degree, with Ada (known from the export) among the mutual connections LinkedIn shows. */
const rui: FixturePerson = {
  slug: 'rui-costa-e2e',
  name: 'Rui Costa',
  headline: 'Product lead at Umbrella',
  location: 'Porto, Portugal',
  company: 'Umbrella',
  degree: 2,
  mutual: { names: ['Ada Lindqvist'], others: 4 },
};
const metPeople: FixturePerson[] = ['Priya Nair', 'Jonas Berg', 'Lea Moreau'].map((name, i) => ({
  slug: `${name.toLowerCase().replace(' ', '-')}-e2e`,
  name,
  headline: `Founder at Startup ${i}`,
  location: 'Porto, Portugal',
  company: `Startup ${i}`,
  degree: 2,
}));

beforeAll(async () => {
  rapport = await launchRapport();
  for (const person of [noa, ...metPeople]) rapport.serve(`/in/${person.slug}/`, profilePage(person));
  rapport.serve(`/in/${rui.slug}/`, withMessageOverlay(profilePage(rui), rui));
});

afterAll(async () => {
  await rapport?.close();
});

/** Opens a profile as the user would, then the popup about it. */
async function visit(person: FixturePerson): Promise<Page> {
  const tab = await rapport.context.newPage();
  await tab.goto(`https://www.linkedin.com/in/${person.slug}/`);
  const popup = await rapport.openExtensionPage('popup');
  await popup.getByRole('heading', { name: new RegExp(person.name) }).waitFor();
  return popup;
}

describe('who can introduce you', () => {
  it('ranks the two known mutual connections, drafts the intro request, and logs the ask when sent', async () => {
    await importSmallExport();
    const popup = await visit(noa);
    // The first view says what you share in one line; who can introduce you is inside the brief.
    await openBrief(popup);
    const list = popup.getByRole('list', { name: 'Introducers, best first' });
    await list.getByRole('listitem', { name: 'Ada Lindqvist' }).waitFor();
    const names = await list.locator(':scope > li > strong').allTextContents();
    expect(names).toEqual(['Ada Lindqvist', 'Tomás García']);
    const ada = list.getByRole('listitem', { name: 'Ada Lindqvist' });
    expect(await ada.textContent()).toMatch(/In touch 7 days ago/);

    await ada.getByRole('button', { name: 'Draft intro request' }).click();
    const draft = ada.getByRole('textbox', { name: 'Draft message' });
    expect(await draft.inputValue()).toMatch(/^Hi Ada,\n\nI noticed you are connected with Noa Levi \(/);
    await ada.getByRole('meter').first().waitFor();
    await ada.getByRole('button', { name: 'I sent it' }).click();
    await popup.getByRole('status').filter({ hasText: 'Logged as an ask on Ada Lindqvist.' }).waitFor();

    const stored = await exportAll(popup);
    const asks = stored.interactions.filter((i) => i.kind === 'asked');
    expect(asks).toMatchObject([
      { contactId: 'ada-lindqvist-e2e', exchange: 'ask', context: 'Asked for an intro to Noa Levi' },
    ]);
    expect(stored.intros).toMatchObject([
      { introducerId: 'ada-lindqvist-e2e', targetId: noa.slug, sentAt: expect.any(Number) },
    ]);
  });
});

describe('social proof in a message box', () => {
  it('a cold first message to a 2nd-degree person is reminded of the mutual by name, until it names them', async () => {
    await importSmallExport();
    const options = await rapport.openExtensionPage('options');
    const page = await rapport.context.newPage();
    await page.goto(`https://www.linkedin.com/in/${rui.slug}/`);
    // The profile is captured (2nd degree, Ada among the mutuals) before the user writes.
    await expect
      .poll(async () => (await exportAll(options)).contacts.find((c) => c.id === rui.slug)?.mutualNames, {
        timeout: 15_000,
      })
      .toEqual(['Ada Lindqvist']);
    await options.close();
    const editor = '.msg-overlay-conversation-bubble [role=textbox]';
    await typeAndWait(
      page,
      editor,
      'Hi Rui, I lead research at a small studio and follow your product work. What are you exploring next?',
    );
    await expect
      .poll(() => panelText(page), { timeout: 15_000 })
      .toContain('Name someone you both know: Ada Lindqvist is a mutual connection; say how you know them.');
    await typeAndWait(page, editor, ' Ada Lindqvist suggested I write.');
    await expect.poll(() => panelText(page), { timeout: 15_000 }).not.toContain('is a mutual connection');
    await page.close();
  });
});

describe('event mode', () => {
  it('start an event, mark three people met, end it: three follow-ups due within 48 h in the side panel', async () => {
    const start = await rapport.openExtensionPage('popup');
    await start.getByRole('button', { name: "I'm at an event" }).click();
    await start.getByRole('textbox', { name: 'Event name' }).fill('Porto Founders Night');
    await start.getByRole('button', { name: 'Start' }).click();
    await start.getByRole('heading', { name: 'At Porto Founders Night' }).waitFor();
    await start.close();

    for (const [i, person] of metPeople.entries()) {
      const popup = await visit(person);
      await popup.getByRole('heading', { name: 'At Porto Founders Night' }).waitFor();
      // "Met here" is one tap on the event's line; the optional note is one click away.
      await openEventDetails(popup);
      if (i === 1)
        await popup
          .getByRole('textbox', { name: 'What you promised (optional)' })
          .fill('Send the pitch deck template');
      await popup.getByRole('textbox', { name: 'What you talked about (optional)' }).fill(`topic ${i}`);
      await popup.getByRole('button', { name: 'Met here' }).click();
      await popup.getByRole('list', { name: 'Met at Porto Founders Night' }).getByText(person.name).waitFor();
      if (i === 2) {
        expect(
          await popup
            .getByRole('list', { name: 'Met at Porto Founders Night' })
            .getByRole('listitem')
            .count(),
        ).toBe(3);
        await popup.getByRole('button', { name: 'End event' }).click();
        await popup.getByRole('heading', { name: 'Met at Porto Founders Night' }).waitFor();
      }
      await popup.close();
    }

    const panel = await rapport.openExtensionPage('sidepanel');
    const batch = panel.getByRole('list', { name: 'Follow-ups after Porto Founders Night' });
    await batch.getByRole('listitem').first().waitFor();
    const items = batch.getByRole('listitem').filter({ has: panel.getByRole('button', { name: /Done/ }) });
    expect(await items.count()).toBe(3);
    // The promise comes first, with what was talked about.
    expect(await items.first().textContent()).toMatch(
      /Jonas Berg.*Keep your promise, “Send the pitch deck template”/,
    );
    const stored = await exportAll(panel);
    const [event] = stored.events;
    expect(event?.endedAt).toEqual(expect.any(Number));
    const met = stored.interactions.filter((i) => i.kind === 'met' && i.eventId === event!.id);
    expect(met).toHaveLength(3);
    const due = new Date(event!.endedAt! + 48 * 3_600_000).toLocaleDateString('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    });
    for (let i = 0; i < 3; i++)
      expect(await items.nth(i).textContent()).toMatch(new RegExp(`follow up by ${due}`, 'i'));
    expect(await panel.getByRole('heading', { name: 'After Porto Founders Night (3)' }).isVisible()).toBe(
      true,
    );
  });
});

describe('your network at a glance', () => {
  it('draws the network of 800 imported connections with a chart library, on its own page only', async () => {
    await importZip(
      Buffer.from(
        zipSync(
          Object.fromEntries(
            generateExport(800, 1_000).map((f) => [`Basic_LinkedInDataExport/${f.name}`, f.bytes]),
          ),
        ),
      ),
    );
    const page = await rapport.context.newPage();
    await page.goto(`chrome-extension://${rapport.extensionId}/network.html`);
    await page.getByRole('heading', { name: 'Your network at a glance' }).waitFor();
    const total = (await exportAll(page)).contacts.length;
    expect(total).toBeGreaterThanOrEqual(800);
    expect(await page.getByText(`${total.toLocaleString('en')} people`).isVisible()).toBe(true);
    const company = page.getByRole('img', { name: 'By company: bar chart' });
    expect(await company.locator('rect.chart-bar').count()).toBeGreaterThan(3);
    expect(
      await page.getByRole('img', { name: 'Tie strength: donut chart' }).locator('path').count(),
    ).toBeGreaterThan(0);
    // Every label and value text lies inside its chart (the longest bar's value was once cut off at the edge).
    const outside = await page.locator('svg.chart').evaluateAll((charts) =>
      charts.flatMap((chart) => {
        const box = chart.getBoundingClientRect();
        return [...chart.querySelectorAll('text')]
          .map((text) => ({ text: text.textContent, r: text.getBoundingClientRect() }))
          .filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
          .map(({ text }) => text);
      }),
    );
    expect(outside).toEqual([]);
    // Under each picture, one suggestion naming its principle.
    expect(await page.locator('.suggestion').count()).toBe(8);
    expect(await page.getByRole('region', { name: 'Tie strength' }).textContent()).toMatch(
      /\d+ strong, \d+ weak and \d+ dormant ties/,
    );

    // Help given while the page is open: the background draws again and the new picture replaces the old one.
    const balance = page.getByRole('region', { name: 'Give and ask' });
    const before = await balance.textContent();
    const someone = (await exportAll(page)).contacts[0]!.id;
    const logged = await sendRaw(page, {
      type: 'interaction/log',
      payload: { contactId: someone, kind: 'helped', actor: 'me', at: Date.now(), context: 'an intro' },
    });
    expect(logged.ok).toBe(true);
    await expect.poll(() => balance.textContent(), { timeout: 15_000 }).not.toBe(before);

    // Opened again, the stored picture is current: on screen at once, nothing to draw.
    const again = await rapport.context.newPage();
    await again.goto(`chrome-extension://${rapport.extensionId}/network.html`);
    await again.getByRole('heading', { name: 'Your network at a glance' }).waitFor();
    expect(await again.getByText(`${total.toLocaleString('en')} people`).isVisible()).toBe(true);
    expect(await again.locator('p[aria-live]').textContent()).toBe('');
    await again.close();
  });

  it('the chart library is in the network page’s bundle and no other page’s', () => {
    // visx draws through d3's shapes; d3-path's arc refuses a negative radius with this message.
    const chunks = join(EXTENSION_DIR, 'chunks');
    const withVisx = readdirSync(chunks).filter((name) =>
      readFileSync(join(chunks, name), 'utf8').includes('negative radius: '),
    );
    expect(withVisx).toHaveLength(1);
    for (const page of ['popup', 'sidepanel', 'options']) {
      expect(readFileSync(join(EXTENSION_DIR, `${page}.html`), 'utf8'), page).not.toContain(withVisx[0]);
    }
    expect(readFileSync(join(EXTENSION_DIR, 'network.html'), 'utf8')).toContain(withVisx[0]);
  });

  it('made no request that left the browser', () => {
    expect(rapport.leaks).toEqual([]);
  });
});
