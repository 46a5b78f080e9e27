import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchedForThisFile } from './harness/fixture';
import { holdQueueReads } from './harness/hold-queue-reads';
import { exportAll, sendRaw } from './harness/messages';
import { type FixturePerson, profilePage } from './harness/profile-page';

const cleo: FixturePerson = {
  slug: 'cleo-marsh-e2e',
  name: 'Cleo Marsh',
  headline: 'Head of partnerships at Lakeside Freight',
  location: 'Malmö, Sweden',
  company: 'Lakeside Freight',
  degree: 2,
};

declare const chrome: {
  action: { getBadgeText(details: object): Promise<string> };
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
};

const rapport = launchedForThisFile({
  [`/in/${cleo.slug}/`]: profilePage(cleo),
});

/** Cleo's row in the queue, whose first reason says `action`, e.g. "Follow up by …". */
const queueItem = (panel: Page, action: RegExp) =>
  panel
    .getByRole('listitem')
    .filter({ has: panel.getByRole('button', { name: 'Cleo Marsh' }) })
    .filter({ hasText: action });

/**
 * `person` captured the way a user's visit does it (only a content script may report a captured profile), once their
 * contact is stored (read through `page`, an extension page).
 */
async function capturedByVisit(page: Page, person: FixturePerson) {
  rapport.serve(`/in/${person.slug}/`, profilePage(person));
  const tab = await rapport.context.newPage();
  await tab.goto(`https://www.linkedin.com/in/${person.slug}/`);
  await expect
    .poll(async () => (await exportAll(page)).contacts.some((contact) => contact.id === person.slug), {
      timeout: 10_000,
    })
    .toBe(true);
}

async function logFromPopup(popup: Page, button: string, context: string) {
  await popup.getByRole('textbox', { name: 'Where or what (optional)' }).fill(context);
  await popup.getByRole('button', { name: button, exact: true }).dblclick();
  await popup
    .getByRole('status')
    .filter({ hasText: `Logged: ${button}` })
    .waitFor();
}

describe('the follow-up queue', () => {
  it('shows a meeting logged in the popup as a follow-up, and takes it away when done', async () => {
    const tab = await rapport.context.newPage();
    await tab.goto(`https://www.linkedin.com/in/${cleo.slug}/`);
    const popup = await rapport.openExtensionPage('popup');
    await popup.getByRole('heading', { name: /Cleo Marsh/ }).waitFor();
    await logFromPopup(popup, 'Met', 'a conference');
    // A double click logs one meeting.
    expect((await exportAll(popup)).interactions.filter((i) => i.kind === 'met')).toHaveLength(1);
    // The popup nudges right away.
    await popup
      .getByRole('region', { name: 'Next step' })
      .getByText(/Follow up by .*You met Cleo Marsh at a conference/)
      .waitFor();

    const panel = await rapport.openExtensionPage('sidepanel');
    const thisWeek = panel.getByRole('list', { name: 'This week' });
    const item = queueItem(panel, /Follow up by/);
    await thisWeek.getByRole('button', { name: 'Cleo Marsh' }).waitFor();
    // The reason is on demand.
    await item.getByRole('button', { name: 'Details' }).click();
    await thisWeek.getByText('You met Cleo Marsh at a conference', { exact: false }).waitFor();
    expect(await item.getByRole('link', { name: 'Open profile' }).getAttribute('href')).toBe(
      `https://www.linkedin.com/in/${cleo.slug}/`,
    );

    await item.getByRole('button', { name: 'Draft a follow-up' }).click();
    const draft = item.getByRole('textbox', { name: 'Draft message' });
    // Where you met is written in, not left as a bracket to fill.
    expect(await draft.inputValue()).toMatch(/^Hi Cleo,\n\nIt was good to meet you at a conference, /);
    expect(await draft.inputValue()).not.toMatch(/\[/);
    // The tone engine checks the draft as it stands: three scores under it.
    await item.getByRole('meter').first().waitFor();
    expect(await item.getByRole('meter').count()).toBe(3);

    await item.getByRole('button', { name: 'Done' }).dblclick();
    await item.waitFor({ state: 'detached' });
    await panel.getByRole('status').filter({ hasText: 'Done: Cleo Marsh' }).waitFor();
    const stored = await exportAll(panel);
    expect(stored.followUps).toMatchObject([{ contactId: cleo.slug, snoozedUntil: null }]);
    expect(stored.followUps[0]?.doneAt).toEqual(expect.any(Number));
    expect(
      stored.interactions.filter((i) => i.kind === 'message-sent' && i.intent === 'follow-up'),
    ).toHaveLength(1);
  });

  it('keeps a snooze across a service-worker restart', async () => {
    const popup = await rapport.openExtensionPage('popup');
    await popup.getByRole('heading', { name: /Cleo Marsh/ }).waitFor();
    await logFromPopup(popup, 'They helped', 'an intro to a hiring manager');

    const panel = await rapport.openExtensionPage('sidepanel');
    const thanks = queueItem(panel, /Say thank you by/);
    await thanks.waitFor();
    await thanks.getByRole('button', { name: 'Details' }).click();
    await thanks.getByRole('button', { name: '1 week' }).click();
    await thanks.waitFor({ state: 'detached' });

    await rapport.stopServiceWorker();
    const reopened = await rapport.openExtensionPage('sidepanel');
    await reopened.getByText('Nothing to follow up').waitFor();
    expect(await queueItem(reopened, /Say thank you by/).count()).toBe(0);
    const [snoozed] = (await exportAll(reopened)).followUps.filter((state) =>
      state.key.startsWith('thanks-owed:'),
    );
    expect(snoozed?.snoozedUntil).toBeGreaterThan(Date.now() + 6 * 86_400_000);
  });

  it('shows the overdue count on the toolbar badge, and clears it when done', async () => {
    const page = await rapport.openExtensionPage('options');
    const badge = async () => (await rapport.worker()).evaluate(() => chrome.action.getBadgeText({}));
    await capturedByVisit(page, { ...cleo, slug: 'dana-frost-e2e', name: 'Dana Frost' });
    // Met three days ago and never followed up: past the 48-hour window.
    const met = {
      id: 'e2e-trade-fair',
      contactId: 'dana-frost-e2e',
      kind: 'met',
      actor: 'me',
      context: 'a trade fair',
    };
    await sendRaw(page, { type: 'interaction/log', payload: { ...met, at: Date.now() - 3 * 86_400_000 } });
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
    const done = {
      key: 'meeting-follow-up:e2e-trade-fair',
      contactId: 'dana-frost-e2e',
      log: { kind: 'message-sent' },
    };
    expect(await sendRaw(page, { type: 'followup/done', payload: done })).toMatchObject({ ok: true });
    await expect.poll(badge, { timeout: 10_000 }).toBe('');
  });

  it('finds a person by company or last name, shows their timeline and balance, and deletes them with their follow-ups', async () => {
    const panel = await rapport.openExtensionPage('sidepanel');
    const search = panel.getByRole('searchbox', { name: 'Search people' });
    const results = panel.getByRole('list', { name: 'Search results' });
    await search.fill('marsh');
    await results.getByRole('button', { name: 'Cleo Marsh' }).waitFor();
    await search.fill('lakeside');
    await results.getByRole('button', { name: 'Cleo Marsh' }).click();
    await panel.getByRole('tab', { name: 'History' }).click();
    await panel.getByRole('list', { name: 'Timeline' }).getByText('Met: a conference').waitFor();
    await panel.getByRole('tab', { name: 'Give & take' }).click();
    const theirs = panel.getByRole('row', { name: /^They/ }).getByRole('cell');
    expect(await theirs.allTextContents()).toEqual(['1', '0', '0']);

    await panel.getByRole('tab', { name: 'Notes' }).click();
    await panel.getByRole('button', { name: 'Delete Cleo Marsh…' }).click();
    await panel.getByRole('button', { name: 'Yes, delete' }).click();
    await panel.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    const stored = await exportAll(panel);
    expect(stored.contacts.map((contact) => contact.id)).not.toContain(cleo.slug);
    expect(stored.followUps.filter((state) => state.contactId === cleo.slug)).toEqual([]);
  });

  it('draws the first view the background kept as the panel opens, then what it finds wherever that differs', async () => {
    const page = await rapport.openExtensionPage('options');
    const eli: FixturePerson = { ...cleo, slug: 'eli-brandt-e2e', name: 'Eli Brandt' };
    await capturedByVisit(page, eli);
    const met = {
      id: 'e2e-harbour-talk',
      contactId: eli.slug,
      kind: 'met',
      actor: 'me',
      context: 'a harbour talk',
    };
    await sendRaw(page, { type: 'interaction/log', payload: { ...met, at: Date.now() - 3 * 86_400_000 } });
    const worker = await rapport.worker();
    const keptNames = () =>
      worker.evaluate(async () => {
        const kept = (await chrome.storage.session.get('firstView')).firstView as
          | { view: { groups: { rows: { contactName: string }[] }[] } }
          | undefined;
        return kept?.view.groups.flatMap((group) => group.rows.map((row) => row.contactName)) ?? null;
      });
    await expect
      .poll(async () => (await keptNames())?.includes('Eli Brandt'), { timeout: 10_000 })
      .toBe(true);

    /** Opens the side panel, noting every name its rows showed, in order, from its first paint on. */
    const openPanel = async () => {
      const panel = await rapport.context.newPage();
      await panel.addInitScript(`window.__shown = [];
        new MutationObserver(() => {
          for (const who of document.querySelectorAll('li.queue-row .who'))
            if (!window.__shown.includes(who.textContent)) window.__shown.push(who.textContent);
        }).observe(document, { childList: true, subtree: true, characterData: true });`);
      await panel.goto(`chrome-extension://${rapport.extensionId}/sidepanel.html`);
      await panel.getByRole('heading', { name: 'Recently seen' }).waitFor();
      const marks = await panel.evaluate(() => performance.getEntriesByType('mark').map((mark) => mark.name));
      // Whether its own queue was drawn over the kept view (it differed).
      const overKept = await panel.evaluate(
        () =>
          (
            performance.getEntriesByName('rapport: side panel › first queue painted')[0] as
              | PerformanceMark
              | undefined
          )?.detail?.overKept,
      );
      const shown = await panel.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
      return { panel, marks, shown, overKept };
    };

    // As kept: drawn before the panel's own queue, which found the same and drew nothing again.
    await page.evaluate(holdQueueReads(1_500));
    const opened = await openPanel();
    expect(opened.marks).toEqual(
      expect.arrayContaining([
        'rapport: side panel › kept first view painted',
        'rapport: side panel › first queue painted',
      ]),
    );
    expect(opened.overKept).toBe(false);
    await opened.panel
      .getByRole('list', { name: 'Overdue' })
      .getByRole('button', { name: 'Eli Brandt' })
      .waitFor();
    await opened.panel.close();

    // A kept view that no longer shows the queue (a name changed since, say): drawn, then corrected.
    await worker.evaluate(async () => {
      const { firstView } = await chrome.storage.session.get('firstView');
      const stale = JSON.parse(JSON.stringify(firstView).replaceAll('Eli Brandt', 'Eli Old-Name'));
      await chrome.storage.session.set({ firstView: stale });
    });
    await page.evaluate(holdQueueReads(1_500));
    const corrected = await openPanel();
    expect(corrected.shown).toEqual(expect.arrayContaining(['Eli Old-Name', 'Eli Brandt']));
    expect(corrected.shown.indexOf('Eli Old-Name')).toBeLessThan(corrected.shown.indexOf('Eli Brandt'));
    expect(corrected.overKept).toBe(true);
    await corrected.panel.getByRole('button', { name: 'Eli Brandt' }).first().waitFor();
    expect(await corrected.panel.getByText('Eli Old-Name').count()).toBe(0);
    await corrected.panel.close();

    // Done: the kept view goes with the write, and the next one is kept without Eli.
    const done = {
      key: 'meeting-follow-up:e2e-harbour-talk',
      contactId: eli.slug,
      log: { kind: 'message-sent' },
    };
    expect(await sendRaw(page, { type: 'followup/done', payload: done })).toMatchObject({ ok: true });
    await expect
      .poll(async () => (await keptNames())?.includes('Eli Brandt'), { timeout: 10_000 })
      .toBe(false);
    const after = await openPanel();
    expect(after.shown).not.toContain('Eli Brandt');
    await after.panel.close();
  });
});
