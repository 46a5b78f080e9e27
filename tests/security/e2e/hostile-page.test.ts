import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type RapportBrowser } from '../../e2e/harness/extension';
import { type BoxPerson, messagingPage } from '../../e2e/harness/message-boxes';
import { exportAll } from '../../e2e/harness/messages';
import { type FixturePerson, profilePage, topCard } from '../../e2e/harness/profile-page';

// Everything here runs as LinkedIn's own scripts could: in the page's main world, with the page's powers.

const ines: FixturePerson = {
  slug: 'ines-duarte-hostile',
  name: 'Ines Duarte',
  headline: 'Designer at Tidewater',
  location: 'Porto, Portugal',
  company: 'Tidewater',
};
const omar: FixturePerson = {
  ...ines,
  slug: 'omar-faruk-hostile',
  name: 'Omar Faruk',
  company: 'Brightline',
};
const ada: BoxPerson = { slug: 'ada-moss-hostile', name: 'Ada Moss' };

// Listens from the very start for anything Rapport might post to the page.
const RECORD_MESSAGES = `window.__heard = []; addEventListener('message', (e) => window.__heard.push(JSON.stringify(e.data)));`;

let rapport: RapportBrowser;
let options: Page;

beforeAll(async () => {
  rapport = await launchRapport();
  rapport.serve(`/in/${ines.slug}/`, profilePage(ines, RECORD_MESSAGES));
  rapport.serve(`/in/${omar.slug}/`, profilePage(omar));
  rapport.serve('/messaging/thread/2-ada-hostile/', messagingPage(ada));
  options = await rapport.openExtensionPage('options');
});

afterAll(async () => {
  await rapport?.close();
});

const contactIds = async () => (await exportAll(options)).contacts.map((c) => c.id).sort();

describe('a hostile page', () => {
  it('cannot switch Rapport off with a forged start-up event, and hears nothing from it', async () => {
    const tab = await rapport.context.newPage();
    await tab.goto(`https://www.linkedin.com/in/${ines.slug}/`);
    await expect.poll(contactIds, { timeout: 15_000 }).toContain(ines.slug);

    const id = rapport.extensionId;
    const heard = await tab.evaluate((extensionId) => {
      for (const name of ['profile-capture', 'message-hints']) {
        const type = `${extensionId}:${name}:wxt:content-script-started`;
        const detail = { contentScriptName: name, messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
      }
      return (window as unknown as { __heard: string[] }).__heard;
    }, id);
    expect(heard.filter((m) => m.includes(id) || m.includes('wxt'))).toEqual([]);

    // Capture still follows an in-page navigation.
    await tab.evaluate((card) => {
      history.pushState({}, '', '/in/omar-faruk-hostile/');
      document.querySelector('main')!.innerHTML = card;
      document.title = 'Omar Faruk | LinkedIn';
    }, topCard(omar));
    await expect.poll(contactIds, { timeout: 15_000 }).toContain(omar.slug);
    await tab.close();
  });

  it('cannot store a contact per pushState: forty fake profiles flashed by a script store at most a few', async () => {
    const tab = await rapport.context.newPage();
    await tab.goto(`https://www.linkedin.com/in/${omar.slug}/`);
    const before = await contactIds();
    await tab.evaluate(
      async ({ cards }) => {
        for (const [i, card] of cards.entries()) {
          history.pushState({}, '', `/in/fake-${i}/`);
          document.querySelector('main')!.innerHTML = card;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
      {
        cards: Array.from({ length: 40 }, (_, i) =>
          topCard({ ...omar, slug: `fake-${i}`, name: `Fake Person ${i}` }),
        ),
      },
    );
    // The last one stays on screen like a profile a person opened; once it is stored nothing else is pending.
    await expect.poll(contactIds, { timeout: 15_000 }).toContain('fake-39');
    const fakes = (await contactIds()).filter((id) => !before.includes(id));
    expect(fakes.length).toBeLessThanOrEqual(2);
    await tab.close();
  });

  it('cannot record a send with a synthetic Enter or click: only the user’s own send counts', async () => {
    const tab = await rapport.context.newPage();
    await tab.goto('https://www.linkedin.com/messaging/thread/2-ada-hostile/');
    const box = tab.locator('[role=textbox]');
    await box.click(); // the user is in the box

    await tab.evaluate(() => {
      const editor = document.querySelector<HTMLElement>('[role=textbox]')!;
      const forge = (text: string, send: () => void) => {
        editor.innerHTML = `<p>${text}</p>`;
        editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
        send();
      };
      forge('I will send you the contract by Friday.', () =>
        editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })),
      );
      // The page's own handler clears the box on a send click, as LinkedIn's does.
      forge('I will wire the money tomorrow.', () =>
        document.querySelector<HTMLButtonElement>('.msg-form__send-button')!.click(),
      );
    });

    // A real send by the user, recorded as usual, is the point after which nothing forged can still arrive.
    await box.click();
    await box.pressSequentially('Thanks for the chat today!');
    await tab.locator('.msg-form__send-button').click();
    await expect
      .poll(
        async () => (await exportAll(options)).interactions.filter((i) => i.contactId === ada.slug).length,
        {
          timeout: 15_000,
        },
      )
      .toBeGreaterThan(0);
    const stored = await exportAll(options);
    expect(
      stored.interactions.filter((i) => i.contactId === ada.slug && i.kind === 'message-sent'),
    ).toHaveLength(1);
    expect(stored.commitments.filter((c) => c.contactId === ada.slug)).toEqual([]);
    await tab.close();
  });
});
