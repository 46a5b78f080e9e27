import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveDraft } from '../../../components/tone/use-saved-draft';
import { KEPT_VIEW_VERSION, keepFirstView } from '../../../lib/browser/kept-first-view';
import type { RapportDatabase } from '../../../lib/db/database';
import { readSettings } from '../../../lib/settings/storage';
import { deleteDatabase, freshHandlers } from '../../support/background';
import type { routeAsAllowedSender } from '../../support/senders';

let db: RapportDatabase;
let route: ReturnType<typeof routeAsAllowedSender>;
const clock = Date.UTC(2026, 2, 10, 9);

beforeEach(() => {
  fakeBrowser.reset();
  ({ db, route } = freshHandlers({ now: () => clock }));
});

afterEach(() => deleteDatabase(db));

/** Something that names a person in every place Rapport keeps anything. */
async function fillEverything() {
  await route({
    type: 'profile/captured',
    payload: {
      publicId: 'ada-example',
      profileUrl: 'https://www.linkedin.com/in/ada-example/',
      name: 'Ada Example',
    },
  });
  await route({
    type: 'message/sent',
    payload: {
      recipient: { profileId: 'ada-example' },
      text: 'I will send you the deck by Friday.',
      kind: 'message',
      at: clock - 1000,
    },
  });
  await route({
    type: 'followup/snooze',
    payload: { key: 'cadence:ada-example', contactId: 'ada-example', until: clock + 1 },
  });
  await route({ type: 'import/begin', payload: { importId: 'staged' } });
  await route({
    type: 'import/chunk',
    payload: { importId: 'staged', seq: 0, contacts: [], interactions: [] },
  });
  await route({
    type: 'settings/save',
    payload: {
      change: {
        dismissedBoxes: ['messaging:ada-example', 'invite-note:Ada Example'],
        ignoredHints: ['tone:hedging:1a2b3c'],
        weakTieDays: 90,
      },
    },
  });
  // Drafts the popup keeps per person across openings, written the way the popup writes them.
  await saveDraft('contact:ada-example', 'Hi Ada, thanks for the intro to the Example team!');
  await browser.storage.local.set({ overdueNotice: { count: 2, at: clock }, anythingElse: 'ada-example' });
  // The side panel's first view, as the background keeps it in session storage.
  const row = {
    contactId: 'ada-example',
    contactName: 'Ada Example',
    action: 'Send the deck',
    reason: '',
    more: 0,
  };
  await keepFirstView({
    version: KEPT_VIEW_VERSION,
    madeAt: clock,
    timeZone: 'UTC',
    settings: '{}',
    view: {
      batches: [],
      groups: [{ id: 'today', title: 'Today', count: 1, rows: [{ ...row, dueAt: clock, hard: true }] }],
    },
  });
}

describe('data/wipe', () => {
  it('leaves no row in any table and no stored key that names a person', async () => {
    await fillEverything();
    expect(Object.keys(await browser.storage.local.get(null))).toContain('drafts');
    expect(JSON.stringify(await browser.storage.session.get(null))).toContain('Ada Example');
    const filled = await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const));
    // Every table this test knows to fill is filled, so an empty one after the wipe means something.
    expect(Object.fromEntries(filled)).toMatchObject({
      contacts: 1,
      interactions: 2,
      commitments: 1,
      followUps: 1,
      importChunks: 1,
    });

    expect(await route({ type: 'data/wipe', payload: { confirm: 'wipe' } })).toMatchObject({ ok: true });

    // Every table but the settings' own copy (the user's preferences, lists emptied, checked below) is empty.
    for (const table of db.tables.filter((t) => t.name !== 'settings'))
      expect({ table: table.name, rows: await table.count() }).toEqual({ table: table.name, rows: 0 });
    expect(JSON.stringify(await db.settings.toArray())).not.toMatch(/ada|Ada|1a2b3c/);
    expect((await db.settings.get('settings'))?.value).toMatchObject({ weakTieDays: 90, dismissedBoxes: [] });
    const stored = await browser.storage.local.get(null);
    expect(Object.keys(stored).filter((key) => !['settings', 'settingsVersion'].includes(key))).toEqual([]);
    expect(JSON.stringify(stored)).not.toMatch(/ada|Ada|1a2b3c/);
    const session = await browser.storage.session.get(null);
    expect(Object.keys(session)).not.toContain('firstView');
    expect(JSON.stringify(session)).not.toMatch(/ada|Ada/);
    // Preferences that name no one stay.
    expect((await readSettings()).weakTieDays).toBe(90);
  });
});
