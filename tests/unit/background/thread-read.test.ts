import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RapportDatabase } from '../../../lib/db/database';
import { computeLedger } from '../../../lib/engine/ledger';
import { deleteDatabase, freshHandlers } from '../../support/background';
import type { routeAsAllowedSender } from '../../support/senders';

let db: RapportDatabase;
const clock = Date.UTC(2026, 10, 28, 9); // Saturday 28 November 2026
const wednesday = Date.UTC(2026, 10, 25, 10);
let route: ReturnType<typeof routeAsAllowedSender>;

const ada = { profileId: 'ada-example', name: 'Ada Example' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The day heading and time LinkedIn shows for a moment (in local time, as the page shows it). */
const shown = (at: number) => {
  const date = new Date(at);
  return {
    day: `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`,
    time: `${date.getHours()}:${String(date.getMinutes()).padStart(2, '0')}`,
  };
};
const read = (messages: { key: string; text: string; at?: number | null }[], participant = ada) =>
  route({
    type: 'thread/read',
    payload: {
      participant,
      messages: messages.map(({ at, ...message }) => ({ ...message, ...(at ? shown(at) : {}) })),
    },
  });
const answerOf = async (reply: Promise<unknown>) => {
  const r = (await reply) as { ok: boolean; value: { status: string; read: number; recorded: number } };
  expect(r.ok).toBe(true);
  return r.value;
};

beforeEach(() => {
  fakeBrowser.reset();
  ({ db, route } = freshHandlers({ now: () => clock }));
});

afterEach(() => deleteDatabase(db));

describe('thread/read', () => {
  it('records their thanks, give and ask on them, moving their side of the ledger', async () => {
    const result = await answerOf(
      read([
        { key: 'urn:1', text: 'Thanks so much for the intro!', at: wednesday },
        {
          key: 'urn:2',
          text: "Here's the hiring guide I mentioned, in case it helps.",
          at: wednesday + 60_000,
        },
        { key: 'urn:3', text: 'Could you review my deck before Monday?', at: wednesday + 120_000 },
        { key: 'urn:4', text: 'Sounds good.', at: wednesday + 180_000 },
      ]),
    );
    expect(result).toMatchObject({ status: 'read', read: 4, recorded: 3 });
    const interactions = await db.interactions.where('contactId').equals(ada.profileId).toArray();
    expect(interactions.every((i) => i.actor === 'them' && i.source === 'conversation')).toBe(true);
    const ledger = computeLedger(interactions, { now: clock });
    expect(ledger.them).toEqual({ gave: 1, asked: 1, thanked: 1 });
    expect(ledger.me).toEqual({ gave: 0, asked: 0, thanked: 0 });
    expect((await db.contacts.get(ada.profileId))?.lastInteractionAt).toBe(wednesday + 180_000);
  });

  it('reads each message once: the same keys again record nothing, a new key records only itself', async () => {
    await read([{ key: 'urn:1', text: 'Thanks so much for the intro!', at: wednesday }]);
    expect(
      await answerOf(read([{ key: 'urn:1', text: 'Thanks so much for the intro!', at: wednesday }])),
    ).toMatchObject({
      read: 0,
      recorded: 0,
    });
    await read([
      { key: 'urn:1', text: 'Thanks so much for the intro!', at: wednesday },
      { key: 'urn:2', text: 'Thank you for the advice, too.', at: wednesday },
    ]);
    expect(await db.heard.count()).toBe(2);
    expect(await db.interactions.count()).toBe(2);
  });

  it('keeps their promise with its due date from when they wrote, and none of their words without excerpts', async () => {
    await read([{ key: 'urn:p', text: "Lovely to connect. I'll send the deck by Friday.", at: wednesday }]);
    const [promise] = await db.commitments.toArray();
    expect(promise).toMatchObject({
      by: 'them',
      status: 'open',
      text: 'send a document',
      source: 'conversation',
    });
    expect(promise!.dueAt).toBe(Date.UTC(2026, 10, 27, 23, 59, 59, 999));
    const stored = JSON.stringify([await db.heard.toArray(), await db.interactions.toArray()]);
    expect(stored).not.toMatch(/deck|Lovely/);
  });

  it('keeps a short excerpt of their words only with the excerpt setting on', async () => {
    await route({ type: 'settings/save', payload: { change: { storeExcerpts: true } } });
    await read([{ key: 'urn:p', text: "Thanks! I'll send the deck by Friday.", at: wednesday }]);
    expect((await db.commitments.toArray())[0]?.text).toBe("I'll send the deck by Friday");
    expect((await db.interactions.toArray())[0]?.excerpt).toBe("Thanks! I'll send the deck by Friday.");
  });

  it('records nothing when reading conversations is switched off, whatever the content script sends', async () => {
    await route({ type: 'settings/save', payload: { change: { readConversations: false } } });
    expect(await answerOf(read([{ key: 'urn:1', text: 'Thanks so much for the intro!' }]))).toMatchObject({
      status: 'reading-off',
      read: 0,
    });
    expect(await db.heard.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });

  it('dates a message the page did not date at the moment it was read, and never in the future', async () => {
    await read([
      { key: 'a', text: 'Thanks for the intro!' },
      { key: 'b', text: 'Thank you for the advice!', at: clock + 86_400_000 },
    ]);
    expect((await db.heard.toArray()).map((h) => h.at)).toEqual([clock, clock]);
  });

  it("reads the page's day and time labels in the worker's clock; labels it cannot read mean the moment read", async () => {
    await route({
      type: 'thread/read',
      payload: {
        participant: ada,
        messages: [
          { key: 'y', text: 'Thanks for the intro!', day: 'Yesterday', time: '4:05 PM' },
          { key: 'z', text: 'Thank you for the advice!', day: 'Someday', time: '25:99' },
        ],
      },
    });
    const yesterday = new Date(clock);
    yesterday.setDate(yesterday.getDate() - 1);
    yesterday.setHours(16, 5, 0, 0);
    const heard = await db.heard.toArray();
    expect(heard.map((h) => h.at).sort()).toEqual([yesterday.getTime(), clock].sort());
  });

  it('records nothing for a person it cannot identify', async () => {
    expect(
      await answerOf(read([{ key: 'a', text: 'Thanks!' }], { name: 'Nobody Known' } as typeof ada)),
    ).toMatchObject({ status: 'unknown-recipient', read: 0 });
  });

  it('refuses a batch larger than the protocol allows', async () => {
    const many = Array.from({ length: 41 }, (_, i) => ({ key: `k${i}`, text: 'Thanks!' }));
    expect(((await read(many)) as { ok: boolean }).ok).toBe(false);
  });
});

describe('entries read from a conversation can be removed and corrected', () => {
  it('removes an entry for good: reading the message again does not bring it back', async () => {
    await read([{ key: 'urn:1', text: 'Thanks so much for the intro!', at: wednesday }]);
    const [thanks] = await db.interactions.toArray();
    expect(await route({ type: 'heard/remove', payload: { id: thanks!.id } })).toMatchObject({ ok: true });
    await read([{ key: 'urn:1', text: 'Thanks so much for the intro!', at: wednesday }]);
    expect(await db.interactions.count()).toBe(0);
    expect((await db.heard.toArray())[0]).toMatchObject({ removed: true, recorded: [] });
  });

  it('removes a promise of theirs the same way', async () => {
    await read([{ key: 'urn:p', text: "I'll send the deck by Friday.", at: wednesday }]);
    const [promise] = await db.commitments.toArray();
    await route({ type: 'heard/remove', payload: { id: promise!.id } });
    await read([{ key: 'urn:p', text: "I'll send the deck by Friday.", at: wednesday }]);
    expect(await db.commitments.count()).toBe(0);
  });

  it('corrects what a message did, and the ledger follows', async () => {
    await read([{ key: 'urn:3', text: 'Could you review my deck before Monday?', at: wednesday }]);
    const [ask] = await db.interactions.toArray();
    expect(ask).toMatchObject({ exchange: 'ask' });
    await route({ type: 'heard/correct', payload: { id: ask!.id, intent: 'give' } });
    const corrected = await db.interactions.get(ask!.id);
    expect(corrected).toMatchObject({ intent: 'give', exchange: 'give', context: 'Offered something' });
    expect(computeLedger([corrected!], { now: clock }).them.gave).toBe(1);
  });

  it('refuses to remove or correct an entry that was not read from a conversation', async () => {
    const reply = await route({ type: 'heard/remove', payload: { id: 'sent:message-sent:ada:1' } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const corrected = await route({ type: 'heard/correct', payload: { id: 'nothing', intent: 'give' } });
    expect(corrected).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
