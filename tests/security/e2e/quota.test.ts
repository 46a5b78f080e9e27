import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { launchRapport, type RapportBrowser } from '../../e2e/harness/extension';
import { exportAll } from '../../e2e/harness/messages';
import { type FixturePerson, profilePage } from '../../e2e/harness/profile-page';

// Issue 11, item 12, in real Chromium: the browser's own quota is set below what Rapport already uses (DevTools'
// Storage.overrideQuotaForOrigin, the same refusal a full disk gives), then a profile is visited.

declare const chrome: {
  action: { getBadgeText(details: object): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const nadia: FixturePerson = {
  slug: 'nadia-quota-example',
  name: 'Nadia Okafor',
  headline: 'Analyst at Harbourline',
  location: 'Leeds, United Kingdom',
  company: 'Harbourline',
};

let rapport: RapportBrowser;

beforeAll(async () => {
  rapport = await launchRapport();
  rapport.serve(`/in/${nadia.slug}/`, profilePage(nadia));
  // An install that has run before. Chromium lets an origin write for up to 30 s on the room it last looked up
  // (IndexedDB's BucketContext caches the quota's answer: kBucketSpaceCacheTimeLimit), so a quota lowered just after
  // a write only bites half a minute later. A new install writes the background's settings copy at once: that write
  // is let happen, then the browser restarts on the same profile, so the capture below is the first write it weighs.
  const mirrored = async () =>
    (await rapport.worker()).evaluate(async () => 'settings' in (await chrome.storage.local.get('settings')));
  await vi.waitFor(async () => expect(await mirrored()).toBe(true), { timeout: 15_000, interval: 100 });
  await rapport.restart();
});

afterAll(async () => {
  await rapport?.close();
});

it('says a capture refused by a full disk was not saved, keeps it through a worker stop, and saves it on retry', async () => {
  const options = await rapport.openExtensionPage('options');
  const origin = `chrome-extension://${rapport.extensionId}`;
  const devtools = await rapport.context.newCDPSession(options);
  await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });

  // The side panel is open while the capture is refused: reading the queue needs no room, so it still shows.
  const panel = await rapport.openExtensionPage('sidepanel');
  const tab = await rapport.context.newPage();
  await tab.goto(`https://www.linkedin.com/in/${nadia.slug}/`);
  const notice = panel.getByRole('alert').filter({ hasText: 'could not be saved yet' });
  await notice.waitFor({ timeout: 15_000 });
  expect(await notice.textContent()).toMatch(
    /^1 thing Rapport saw could not be saved yet: the browser has no room left/,
  );
  await panel.getByText('Nothing to follow up.').waitFor();
  const badge = async () => (await rapport.worker()).evaluate(() => chrome.action.getBadgeText({}));
  await expect.poll(badge).toBe('!');
  expect((await exportAll(options)).contacts).toEqual([]);

  // The worker may be stopped at any time: what waits is in storage.session, not in its memory.
  await rapport.stopServiceWorker();
  await devtools.send('Storage.overrideQuotaForOrigin', { origin });
  await panel.reload();
  await panel.getByRole('button', { name: 'Try again now' }).click();
  await notice.waitFor({ state: 'detached' });
  expect((await exportAll(options)).contacts.map((contact) => contact.name)).toEqual([nadia.name]);
  await expect.poll(badge).not.toBe('!');
});
