import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type RapportBrowser } from './harness/extension';
import type { BoxPerson } from './harness/message-boxes';
import { exportAll, sendRaw } from './harness/messages';
import { panelText, typeAndWait as typeInBox } from './harness/shadow';
import { groupThreadPage, ME, overlayThreadsPage, threadEvent, threadPage } from './harness/threads';

const ada: BoxPerson = { slug: 'ada-lindqvist-coach', name: 'Ada Lindqvist' };
const bo: BoxPerson = { slug: 'bo-berg-coach', name: 'Bo Berg' };
const cleo: BoxPerson = { slug: 'cleo-marsh-coach', name: 'Cleo Marsh' };
const eli: BoxPerson = { slug: 'eli-novak-coach', name: 'Eli Novak' };
const fay: BoxPerson = { slug: 'fay-okafor-coach', name: 'Fay Okafor' };
const gus: BoxPerson = { slug: 'gus-lee-coach', name: 'Gus Lee' };

const EDITOR = '[role=textbox]';
const QUESTION = 'Are you free Thursday for a coffee?';
const THANKS = 'Thanks so much for the intro!';
const PROMISE = "Lovely to connect. I'll send the deck by Friday.";

let rapport: RapportBrowser;
let options: Page;

const boThread = [
  { day: 'Today' },
  { from: ME, text: 'I have introduced you to Dana at Northwind, you two should talk.' },
  { from: bo, text: THANKS, urn: '2-bo-1' },
];

beforeAll(async () => {
  rapport = await launchRapport();
  rapport.serve(
    '/messaging/thread/2-ada/',
    threadPage(ada, [
      { day: 'Today' },
      { from: ME, text: 'Great to meet you at the product meetup yesterday.' },
      { from: ada, text: `Likewise! ${QUESTION}`, urn: '2-ada-1' },
    ]),
  );
  rapport.serve(
    '/feed/',
    overlayThreadsPage([
      { them: bo, events: boThread },
      {
        them: eli,
        group: [eli, fay],
        events: [
          { from: eli, text: THANKS },
          { from: fay, text: "I'll send the deck by Friday." },
        ],
      },
    ]),
  );
  rapport.serve('/messaging/thread/2-bo/', threadPage(bo, boThread));
  rapport.serve(
    '/messaging/thread/2-cleo/',
    threadPage(cleo, [
      { day: 'Nov 25, 2026' },
      { system: `${cleo.name} accepted your invitation` },
      { from: cleo, time: '10:00 AM', text: PROMISE, urn: '2-cleo-1' },
    ]),
  );
  rapport.serve(
    '/messaging/thread/2-group/',
    groupThreadPage(
      [eli, gus],
      [
        { from: eli, text: THANKS },
        { from: gus, text: 'Happy to help, here is the guide.' },
      ],
    ),
  );
  options = await rapport.openExtensionPage('options');
});

afterAll(async () => {
  expect(rapport?.leaks ?? []).toEqual([]);
  await rapport?.close();
});

async function open(path: string) {
  const page = await rapport.context.newPage();
  page.on('pageerror', (e) => console.log(`[page exception] ${e.message}`));
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

/** Reading waits for the page to settle, then the worker records: give it the time a loaded machine needs. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

const heardOf = async (slug: string) => (await exportAll(options)).heard.filter((h) => h.contactId === slug);
const entriesOf = async (slug: string) => {
  const all = await exportAll(options);
  return {
    interactions: all.interactions.filter((i) => i.contactId === slug && i.source === 'conversation'),
    commitments: all.commitments.filter((c) => c.contactId === slug && c.source === 'conversation'),
  };
};

const typeAndWait = (page: Page, text: string) => typeInBox(page, EDITOR, text);

describe('the reply coach reads the open conversation', () => {
  it('names their unanswered question while the reply skips it, and drops it once the reply answers', async () => {
    const page = await open('/messaging/thread/2-ada/');
    await typeAndWait(page, 'Thanks for reaching out, I enjoyed our chat.');
    // The panel shows the analysis of the latest pause; on a loaded machine that may be a moment behind typing.
    await eventually(() => panelText(page)).toContain(`They asked: “${QUESTION}”`);
    await typeAndWait(page, ' Yes, Thursday works for me.');
    await eventually(() => panelText(page)).toMatch(/^(?!.*They asked).*To Ada Lindqvist/s);
    await page.close();
  });

  it('records their thanks on the right person once, across the overlay, the messaging page and a reload; corrected or removed, it stays so', async () => {
    const feed = await open('/feed/');
    await eventually(() => entriesOf(bo.slug).then((e) => e.interactions.length)).toBe(1);
    const [thanks] = (await entriesOf(bo.slug)).interactions;
    expect(thanks).toMatchObject({
      actor: 'them',
      kind: 'message-received',
      exchange: 'thanks',
      excerpt: '',
    });
    // The group conversation beside it was read in the same pass and left alone.
    expect(await heardOf(eli.slug)).toEqual([]);
    expect(await heardOf(fay.slug)).toEqual([]);

    // The same message on the messaging page, then a reload with a new message arriving late: only the new one.
    const thread = await open('/messaging/thread/2-bo/');
    await thread.reload();
    await thread.evaluate(
      (html) => (window as unknown as { arrive(html: string): void }).arrive(html),
      threadEvent({
        from: bo,
        text: 'Happy to return the favour: here is the hiring guide I mentioned.',
        urn: '2-bo-2',
      }),
    );
    await eventually(() => heardOf(bo.slug).then((h) => h.length)).toBe(2);
    const { interactions } = await entriesOf(bo.slug);
    expect(interactions.map((i) => i.exchange).sort()).toEqual(['give', 'thanks']);
    await feed.close();

    // The side panel: the ledger shows their thanks and give; each entry says where it came from and can go.
    const panel = await rapport.openExtensionPage('sidepanel');
    await panel.getByRole('searchbox', { name: 'Search people' }).fill('berg');
    await panel.getByRole('list', { name: 'Search results' }).getByRole('button', { name: bo.name }).click();
    const theyRow = async () => {
      await panel.getByRole('tab', { name: 'Give & take' }).click();
      return panel.getByRole('row', { name: /^They/ }).getByRole('cell').allTextContents();
    };
    await eventually(theyRow).toEqual(['1', '0', '1']);
    await panel.getByRole('tab', { name: 'History' }).click();
    const thanksEntry = panel
      .getByRole('list', { name: 'Timeline' })
      .getByRole('listitem')
      .filter({ hasText: 'Thanked you' });
    expect(await thanksEntry.textContent()).toContain('read from your conversation');
    // Corrected: their give was an ask, and the ledger follows.
    await panel
      .getByRole('list', { name: 'Timeline' })
      .getByRole('listitem')
      .filter({ hasText: 'Offered something' })
      .getByRole('combobox', { name: 'Correct what this message was' })
      .selectOption('ask');
    await eventually(theyRow).toEqual(['0', '1', '1']);
    await panel.getByRole('tab', { name: 'History' }).click();
    await thanksEntry.getByRole('button', { name: /^Delete/ }).click();
    await eventually(theyRow).toEqual(['0', '1', '0']);
    await panel.getByRole('tab', { name: 'History' }).click();
    // Read again, the removed thanks does not come back.
    await thread.reload();
    await thread.evaluate(
      (html) => (window as unknown as { arrive(html: string): void }).arrive(html),
      threadEvent({ from: bo, text: 'Thank you for the kind words yesterday.', urn: '2-bo-3' }),
    );
    await eventually(() => heardOf(bo.slug).then((h) => h.length)).toBe(3);
    await eventually(theyRow).toEqual(['0', '1', '1']);
    expect((await entriesOf(bo.slug)).interactions).toHaveLength(2);
    await panel.close();
    await thread.close();
  });

  it('leaves a group conversation alone', async () => {
    const group = await open('/messaging/thread/2-group/');
    // A one-to-one conversation opened after it is read: the group page had its chance and recorded nothing.
    const ada2 = await open('/messaging/thread/2-ada/');
    await eventually(() => heardOf(ada.slug).then((h) => h.length)).toBeGreaterThan(0);
    expect(await heardOf(eli.slug)).toEqual([]);
    expect(await heardOf(gus.slug)).toEqual([]);
    await group.close();
    await ada2.close();
  });

  it('reads nothing with conversation reading switched off', async () => {
    // Switched off first, then wiped: a read still in flight from an earlier test's page is then either refused
    // (reading off) or wiped, never left over to look like a read made while switched off.
    // Through the background, the settings' only writer (a direct write to storage is put back).
    expect(
      await sendRaw(options, { type: 'settings/save', payload: { change: { readConversations: false } } }),
    ).toMatchObject({ ok: true });
    await sendRaw(options, { type: 'data/wipe', payload: { confirm: 'wipe' } });
    try {
      const page = await open('/messaging/thread/2-ada/');
      await typeAndWait(page, 'Thanks for reaching out, I enjoyed our chat.');
      expect(await panelText(page)).not.toContain('They asked');
      expect((await exportAll(options)).heard).toEqual([]);
      await page.close();
    } finally {
      // The next test reads conversations: switch reading back on even when an assertion above failed.
      await sendRaw(options, { type: 'settings/save', payload: { change: { readConversations: true } } });
    }
  });
  // Last: Playwright's clock is the whole context's, so every page opened after this one sees the fixed time.
  it('turns their "by Friday" into a promise due that Friday, without their words, in the queue on Saturday', async () => {
    const page = await open('/messaging/thread/2-cleo/');
    await eventually(() => entriesOf(cleo.slug).then((e) => e.commitments.length)).toBe(1);
    const [promise] = (await entriesOf(cleo.slug)).commitments;
    const friday = new Date(2026, 10, 27, 12).getTime();
    expect(promise).toMatchObject({ by: 'them', status: 'open', text: 'send a document' });
    expect(promise!.dueAt! - friday).toBeGreaterThan(0);
    expect(promise!.dueAt! - friday).toBeLessThan(12 * 3_600_000);
    expect(promise!.madeAt).toBe(new Date(2026, 10, 25, 10).getTime());
    expect(JSON.stringify(await exportAll(options))).not.toContain('deck');
    // The system line is no message: one message of Cleo's was read.
    expect(await heardOf(cleo.slug)).toHaveLength(1);
    await page.close();

    const queueAt = async (at: Date) => {
      const panel = await rapport.context.newPage();
      await panel.clock.setFixedTime(at);
      await panel.goto(`chrome-extension://${rapport.extensionId}/sidepanel.html`);
      await panel.getByRole('heading', { name: 'Follow-ups' }).waitFor();
      return panel;
    };
    const saturday = await queueAt(new Date(2026, 10, 28, 9));
    // Cleo's row gathers what is due with her (her offer also leaves a thanks owed); its details list each.
    await saturday.getByRole('button', { name: 'Details' }).first().click();
    await saturday.getByText(`${cleo.name} promised to send a document`, { exact: false }).waitFor();
    await saturday.close();
    const thursday = await queueAt(new Date(2026, 10, 26, 9));
    await thursday.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    expect(await thursday.getByText(`${cleo.name} promised`).count()).toBe(0);
    await thursday.close();
  });
});
