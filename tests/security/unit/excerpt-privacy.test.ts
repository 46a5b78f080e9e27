import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { possiblePromiseSummaries } from '../../../lib/privacy/promise-summary';
import { routeAsAllowedSender } from '../../support/senders';

// Words that occur only in what the user typed: none may be found anywhere in the database with excerpts off.
const MESSAGE =
  'Hi Ada, lovely meeting you at Kestrel Summit. I will send you the Zanzibar pricing deck by Friday. ' +
  "And I'll introduce you to Marguerite Okonkwo next week.";
const PRIVATE_WORDS = ['Kestrel', 'Summit', 'Zanzibar', 'pricing', 'deck', 'Marguerite', 'Okonkwo', 'lovely'];

let db: RapportDatabase;
let route: ReturnType<typeof routeAsAllowedSender>;
const clock = Date.UTC(2026, 2, 10, 9);

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`excerpt-privacy-${Math.random()}`);
  route = routeAsAllowedSender(createHandlers({ db, now: () => clock }));
  await route({
    type: 'profile/captured',
    payload: {
      publicId: 'ada-example',
      profileUrl: 'https://www.linkedin.com/in/ada-example/',
      name: 'Ada Example',
    },
  });
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function everythingStored(): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()]));
  return JSON.stringify(tables);
}

const send = (extra: Record<string, unknown> = {}) =>
  route({
    type: 'message/sent',
    payload: {
      recipient: { profileId: 'ada-example' },
      text: MESSAGE,
      kind: 'message',
      at: clock - 1000,
      ...extra,
    },
  });

describe('with excerpts off (the default)', () => {
  it('stores each promise as kind, due date and a summary in Rapport’s words — none of the user’s', async () => {
    expect(await send()).toMatchObject({ ok: true, value: { status: 'recorded', commitments: 2 } });
    const promises = await db.commitments.orderBy('id').toArray();
    expect(promises.map((p) => p.text).sort()).toEqual(['make an introduction', 'send a document']);
    for (const promise of promises) expect(possiblePromiseSummaries().has(promise.text)).toBe(true);
    expect(promises.find((p) => p.text === 'send a document')?.dueAt).toEqual(expect.any(Number));
    const stored = await everythingStored();
    for (const word of PRIVATE_WORDS) expect(stored).not.toContain(word);
  });

  it('ignores a content script that asks for an excerpt: the background decides from its own settings', async () => {
    await send({ includeExcerpt: true, storeExcerpts: true });
    const stored = await everythingStored();
    for (const word of PRIVATE_WORDS) expect(stored).not.toContain(word);
  });
});

describe('with excerpts switched on by the user', () => {
  it('keeps a short excerpt and the promise’s own words', async () => {
    await route({ type: 'settings/save', payload: { change: { storeExcerpts: true } } });
    await send();
    const [sent] = await db.interactions.where('kind').equals('message-sent').toArray();
    expect(sent?.excerpt).toContain('Kestrel Summit');
    const promises = await db.commitments.toArray();
    expect(promises.map((p) => p.text)).toContain('I will send you the Zanzibar pricing deck by Friday');
  });
});

describe('an import', () => {
  it('keeps no message excerpt when excerpts are off, whatever the page that parsed the file sent', async () => {
    const at = clock - 5000;
    const interaction = {
      id: 'import:1',
      contactId: 'ada-example',
      at,
      kind: 'message-sent',
      actor: 'me',
      exchange: 'none',
      context: '',
      excerpt: 'See you at Kestrel Summit',
      source: 'import',
    };
    await route({ type: 'import/begin', payload: { importId: 'i1' } });
    await route({
      type: 'import/chunk',
      payload: { importId: 'i1', seq: 0, contacts: [], interactions: [interaction] },
    });
    expect(await route({ type: 'import/commit', payload: { importId: 'i1', chunks: 1 } })).toMatchObject({
      ok: true,
    });
    expect(await everythingStored()).not.toContain('Kestrel');
  });
});
