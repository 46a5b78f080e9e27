import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RapportDatabase } from '../../../lib/db/database';
import { historyOf } from '../../../lib/db/queries/history-of';
import type { ProfileSnapshotInput } from '../../../lib/schema/profile-snapshot';
import { deleteDatabase, freshHandlers } from '../../support/background';
import type { routeAsAllowedSender } from '../../support/senders';

const DAY = 86_400_000;
let db: RapportDatabase;
let clock: number;
let route: ReturnType<typeof routeAsAllowedSender>;

const ada: ProfileSnapshotInput = {
  publicId: 'ada-example',
  profileUrl: 'https://www.linkedin.com/in/ada-example/',
  name: 'Ada Example',
  headline: 'Engineer at Northwind',
  company: 'Northwind',
  location: 'Lyon, France',
};

beforeEach(() => {
  ({ db, route } = freshHandlers({ now: () => clock }));
  clock = Date.UTC(2026, 2, 10, 9);
});

afterEach(() => deleteDatabase(db));

describe('profile/captured', () => {
  it('creates the contact and one visit per day', async () => {
    expect(await route({ type: 'profile/captured', payload: ada })).toEqual({
      ok: true,
      value: { contactId: 'ada-example', created: true, visitLogged: true, joined: null },
    });
    clock += 60_000;
    expect(await route({ type: 'profile/captured', payload: ada })).toMatchObject({
      value: { created: false, visitLogged: false },
    });
    clock += DAY;
    expect(await route({ type: 'profile/captured', payload: ada })).toMatchObject({
      value: { visitLogged: true },
    });
    expect(await historyOf(db, 'ada-example')).toHaveLength(2);
  });

  it('keeps the old headline in history when it changes, and never overwrites a corrected field', async () => {
    await route({ type: 'profile/captured', payload: ada });
    await route({
      type: 'contact/edit',
      payload: { contactId: 'ada-example', changes: { location: 'Paris' } },
    });
    clock += DAY;
    await route({
      type: 'profile/captured',
      payload: { ...ada, headline: 'CTO at Southwind', company: 'Southwind', location: 'Lyon' },
    });
    const contact = await db.contacts.get('ada-example');
    expect(contact?.headline).toBe('CTO at Southwind');
    expect(contact?.company).toBe('Southwind');
    expect(contact?.location).toBe('Paris');
    expect(contact?.history.map((h) => [h.field, h.value])).toEqual([
      ['headline', 'Engineer at Northwind'],
      ['company', 'Northwind'],
    ]);
  });

  it('answers a malformed snapshot with a typed error and writes nothing', async () => {
    const reply = await route({ type: 'profile/captured', payload: { ...ada, name: 42 } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request', path: 'payload.name' } });
    expect(await db.contacts.count()).toBe(0);
    expect(await db.interactions.count()).toBe(0);
  });
});

describe('router', () => {
  it.each([null, 'text', 42, {}, { type: 7 }])('refuses %j without throwing', async (message) => {
    expect(await route(message)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('refuses unknown types, including inherited property names', async () => {
    for (const type of ['nope', 'constructor', '__proto__', 'toString']) {
      expect(await route({ type, payload: {} })).toMatchObject({
        ok: false,
        error: { code: 'unknown-type' },
      });
    }
  });

  it('turns a missing contact into not-found', async () => {
    const reply = await route({
      type: 'interaction/log',
      payload: { contactId: 'ghost', at: clock, kind: 'met', actor: 'me' },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('interaction/log', () => {
  it('stores a double click once and moves lastInteractionAt', async () => {
    await route({ type: 'profile/captured', payload: ada });
    const log = {
      contactId: 'ada-example',
      at: clock,
      kind: 'met',
      actor: 'me',
      context: 'DevConf',
    } as const;
    expect(await route({ type: 'interaction/log', payload: log })).toMatchObject({
      value: { created: true },
    });
    expect(await route({ type: 'interaction/log', payload: { ...log, at: clock + 300 } })).toMatchObject({
      value: { created: false },
    });
    expect((await db.contacts.get('ada-example'))?.lastInteractionAt).toBe(clock);
    expect(await db.interactions.where('[kind+at]').between(['met', 0], ['met', Infinity]).count()).toBe(1);
  });
});

describe('data/export and data/wipe', () => {
  it('exports everything, and nothing after a wipe', async () => {
    await route({ type: 'profile/captured', payload: ada });
    const before = await route({ type: 'data/export', payload: {} });
    expect(before).toMatchObject({ ok: true, value: { format: 'rapport-backup', version: 1 } });
    expect(before.ok && (before.value as { contacts: unknown[] }).contacts).toHaveLength(1);
    // The backup carries the user's data, not the search index built from it.
    expect(before.ok && (before.value as { contacts: object[] }).contacts[0]).not.toHaveProperty(
      'searchWords',
    );

    expect(await route({ type: 'data/wipe', payload: { confirm: 'yes' } })).toMatchObject({ ok: false });
    expect(await db.contacts.count()).toBe(1);

    expect(await route({ type: 'data/wipe', payload: { confirm: 'wipe' } })).toEqual({
      ok: true,
      value: { deleted: 2 },
    });
    // Nobody is found by a word any more.
    expect(await db.searchWordRows.count()).toBe(0);
    const after = await route({ type: 'data/export', payload: {} });
    expect(after).toMatchObject({
      value: { contacts: [], interactions: [], commitments: [], followUps: [] },
    });
  });
});
