import { describe, expect, it } from 'vitest';
import { launchedForThisFile } from './harness/fixture';
import { exportAll, sendRaw } from './harness/messages';
import { type FixturePerson, profilePage } from './harness/profile-page';

const ada: FixturePerson = {
  slug: 'ada-lindqvist-e2e',
  name: 'Ada Lindqvist',
  headline: 'Platform engineer at Northwind Cargo',
  location: 'Gothenburg, Sweden',
  company: 'Northwind Cargo',
  degree: 2,
  mutual: { names: ['Bo Berg'], others: 3 },
};
const bruno: FixturePerson = {
  slug: 'bruno-aalto-e2e',
  name: 'Bruno Aalto',
  headline: 'Product designer',
  location: 'Tampere, Finland',
  company: 'Southwind Studio',
  degree: 3,
};

const rapport = launchedForThisFile({
  [`/in/${ada.slug}/`]: profilePage(ada),
  [`/in/${bruno.slug}/`]: profilePage(bruno),
  '/company/northwind-cargo/':
    '<html><head><title>Northwind Cargo | LinkedIn</title></head><body><h1>Northwind Cargo</h1></body></html>',
});

describe('a visit through every surface', () => {
  it('stores the person, shows them in the popup and the side panel, survives a worker stop, exports and wipes', async () => {
    const tab = await rapport.context.newPage();
    await tab.goto(`https://www.linkedin.com/in/${ada.slug}/`);

    const popup = await rapport.openExtensionPage('popup');
    await popup.getByRole('heading', { name: /Ada Lindqvist/ }).waitFor();
    expect(await popup.getByText('Platform engineer at Northwind Cargo').isVisible()).toBe(true);

    // The browser may stop the worker at any moment; what it stored must still be there and it must still answer.
    await rapport.stopServiceWorker();
    await tab.goto(`https://www.linkedin.com/in/${bruno.slug}/`);
    const panel = await rapport.openExtensionPage('sidepanel');
    const list = panel.getByRole('list', { name: 'Recently seen' });
    await list.getByRole('button', { name: 'Bruno Aalto' }).waitFor();
    expect(await list.getByRole('button', { name: 'Ada Lindqvist' }).isVisible()).toBe(true);

    await tab.goto('https://www.linkedin.com/company/northwind-cargo/');
    const options = await rapport.openExtensionPage('options');
    const stored = await exportAll(options);
    expect(stored.contacts.map((c) => c.name).sort()).toEqual(['Ada Lindqvist', 'Bruno Aalto']);
    expect(stored.interactions.filter((i) => i.kind === 'visit')).toHaveLength(2);

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export all data (JSON)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);

    await options.getByRole('button', { name: 'Wipe all data…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await options.getByText(/Rapport is empty/).waitFor();
    const wiped = await exportAll(options);
    expect([wiped.contacts, wiped.interactions, wiped.commitments, wiped.followUps]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it('answers a malformed message with a typed error and writes nothing', async () => {
    const options = await rapport.openExtensionPage('options');
    const reply = await sendRaw(options, { type: 'contact/edit', payload: { contactId: '', changes: 5 } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await sendRaw(options, { type: 'nope', payload: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown-type' },
    });
    expect((await exportAll(options)).contacts).toEqual([]);
  });

  it('made no request that left the browser', async () => {
    expect(rapport.leaks).toEqual([]);
  });

  it('would have caught one: the guard sees extension pages, and the CSP stops their fetches', async () => {
    const options = await rapport.openExtensionPage('options');
    const fetched = await options.evaluate(() =>
      fetch('https://telemetry.example/collect').then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
    // An image is refused by the CSP before it is requested (tests/security/e2e/csp.test.ts); a navigation is not.
    await options.evaluate(() => {
      location.href = 'https://tracker.example/pixel.gif';
    });
    await expect.poll(() => rapport.leaks).toContain('GET https://tracker.example/pixel.gif');
    rapport.leaks.length = 0;
  });
});
