import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type RapportBrowser } from '../../e2e/harness/extension';
import { exportAll, sendRaw } from '../../e2e/harness/messages';
import { profilePage } from '../../e2e/harness/profile-page';
import { contentScriptWorld } from './content-world';

const person = {
  slug: 'noor-haddad-e2e',
  name: 'Noor Haddad',
  headline: 'Product lead at Quayside',
  location: 'Leeds, UK',
  company: 'Quayside',
};

let rapport: RapportBrowser;

beforeAll(async () => {
  rapport = await launchRapport();
  rapport.serve(`/in/${person.slug}/`, profilePage(person));
});

afterAll(async () => {
  await rapport?.close();
});

describe('a compromised content script in a LinkedIn tab', () => {
  it('gets only the messages content scripts use; export, wipe, restore, import and edits are refused', async () => {
    const tab = await rapport.context.newPage();
    const world = contentScriptWorld(rapport, tab);
    await tab.goto(`https://www.linkedin.com/in/${person.slug}/`);
    const content = await world;
    const options = await rapport.openExtensionPage('options');
    await expect.poll(async () => (await exportAll(options)).contacts.length, { timeout: 15_000 }).toBe(1);

    const refused = [
      { type: 'data/export', payload: {} },
      { type: 'data/wipe', payload: { confirm: 'wipe' } },
      { type: 'data/restore', payload: { backup: {} } },
      { type: 'import/begin', payload: { importId: 'x' } },
      { type: 'import/cancel', payload: { importId: 'x' } },
      { type: 'contact/delete', payload: { contactId: person.slug, confirm: person.slug } },
      { type: 'contact/edit', payload: { contactId: person.slug, changes: { name: 'Forged' } } },
      { type: 'interaction/log', payload: { contactId: person.slug, kind: 'asked', at: 1, summary: 'x' } },
      {
        type: 'commitment/add',
        payload: { contactId: person.slug, by: 'me', text: 'x', madeAt: 1, dueAt: null },
      },
      { type: 'followup/snooze', payload: { key: 'k', contactId: person.slug, until: 1 } },
    ];
    for (const message of refused) {
      const reply = await content.send<{ ok: boolean; error?: { code: string } }>(message);
      expect({ type: message.type, reply }).toEqual({
        type: message.type,
        reply: { ok: false, error: expect.objectContaining({ code: 'forbidden' }) },
      });
    }

    // What content scripts do use still works from there.
    const reciprocity = await content.send<{ ok: boolean }>({
      type: 'reciprocity/get',
      payload: { profileId: person.slug },
    });
    expect(reciprocity.ok).toBe(true);

    const after = await exportAll(options);
    expect(after.contacts.map((c) => [c.id, c.name])).toEqual([[person.slug, person.name]]);
  });

  it('cannot change the settings: storage writes are put back, saves are refused, decisions use Rapport’s copy', async () => {
    const options = await rapport.openExtensionPage('options');
    // Two pages save different settings at once: both changes are kept.
    const popup = await rapport.openExtensionPage('popup');
    await Promise.all([
      sendRaw(options, { type: 'settings/save', payload: { change: { weakTieDays: 90 } } }),
      sendRaw(popup, { type: 'settings/save', payload: { change: { hideBadge: true } } }),
      sendRaw(options, { type: 'settings/save', payload: { change: { defaultCadenceDays: 30 } } }),
    ]);
    await popup.close();
    const storedSettings = () =>
      options.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
        };
        return (await chrome.storage.local.get('settings')).settings as Record<string, unknown>;
      });
    expect(await storedSettings()).toMatchObject({
      weakTieDays: 90,
      hideBadge: true,
      defaultCadenceDays: 30,
    });

    const tab = await rapport.context.newPage();
    const world = contentScriptWorld(rapport, tab);
    await tab.goto(`https://www.linkedin.com/in/${person.slug}/`);
    const content = await world;
    // Through the background: refused.
    expect(
      await content.send({ type: 'settings/save', payload: { change: { storeExcerpts: true } } }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Straight into extension storage, which Chrome lets every content script write: excerpts on, capture back on.
    await content.evaluate(`(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, storeExcerpts: true, weakTieDays: 7 } });
    })()`);
    await expect.poll(async () => (await storedSettings()).storeExcerpts, { timeout: 15_000 }).toBe(false);
    expect(await storedSettings()).toMatchObject({
      weakTieDays: 90,
      hideBadge: true,
      defaultCadenceDays: 30,
    });

    // Written again just before sending a promise: its words are still not kept.
    await content.evaluate(`(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, storeExcerpts: true } });
    })()`);
    const sent = await content.send<{ ok: boolean }>({
      type: 'message/sent',
      payload: {
        recipient: { profileId: person.slug, name: person.name },
        text: 'I will send you the Marrowgate forecast by Friday.',
        kind: 'message',
        at: Date.now() - 1000,
      },
    });
    expect(sent.ok).toBe(true);
    expect(JSON.stringify(await exportAll(options))).not.toContain('Marrowgate');
    await expect.poll(async () => (await storedSettings()).storeExcerpts, { timeout: 15_000 }).toBe(false);

    // Nor the count of captures the disk refused: a made-up one would greet the next start with "1,000,000 things
    // could not be kept". Nothing waits, so none is stored.
    await content.evaluate(`chrome.storage.local.set({ unsavedWaiting: 1000000 })`);
    const waitingCount = () =>
      options.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
        };
        return (await chrome.storage.local.get('unsavedWaiting')).unsavedWaiting ?? 'none';
      });
    await expect.poll(waitingCount, { timeout: 15_000 }).toBe('none');
    await tab.close();
    await options.close();
  });

  it('the same messages from an extension page are accepted', async () => {
    const options = await rapport.openExtensionPage('options');
    expect(await sendRaw(options, { type: 'import/begin', payload: { importId: 'x' } })).toMatchObject({
      ok: true,
    });
    expect(await sendRaw(options, { type: 'import/cancel', payload: { importId: 'x' } })).toMatchObject({
      ok: true,
    });
  });
});
