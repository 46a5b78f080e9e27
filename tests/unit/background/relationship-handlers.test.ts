import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RapportDatabase } from '../../../lib/db/database';
import { deleteDatabase, freshHandlers } from '../../support/background';
import type { routeAsAllowedSender } from '../../support/senders';
import { contact } from '../engine/factories';

const DAY = 86_400_000;
let db: RapportDatabase;
let clock: number;
let route: ReturnType<typeof routeAsAllowedSender>;

beforeEach(async () => {
  ({ db, route } = freshHandlers({ now: () => clock }));
  clock = Date.UTC(2026, 5, 10, 9);
  await db.contacts.put(contact({ id: 'ada', name: 'Ada', lastInteractionAt: clock - DAY }));
});

afterEach(() => deleteDatabase(db));

const done = (extra: Record<string, unknown> = {}) => ({
  type: 'followup/done',
  payload: {
    key: 'meeting-follow-up:m1',
    contactId: 'ada',
    log: { kind: 'message-sent', intent: 'follow-up' },
    ...extra,
  },
});

/** The user promises Ada the deck by tomorrow. */
const promiseTheDeck = () =>
  route({
    type: 'commitment/add',
    payload: {
      id: 'deck',
      contactId: 'ada',
      by: 'me',
      text: 'Send the deck',
      madeAt: clock,
      dueAt: clock + DAY,
    },
  });

describe('followup/done', () => {
  it('stores doneAt and logs the follow-up once, however often it is clicked', async () => {
    const [first, second] = await Promise.all([route(done()), route(done())]);
    expect(
      [first, second].map((reply) => (reply as { value: { created: boolean } }).value.created).sort(),
    ).toEqual([false, true]);
    expect(await db.followUps.get('meeting-follow-up:m1')).toMatchObject({
      doneAt: clock,
      snoozedUntil: null,
    });
    expect(await db.interactions.toArray()).toMatchObject([
      { kind: 'message-sent', intent: 'follow-up', actor: 'me', at: clock },
    ]);
    expect((await db.contacts.get('ada'))?.lastInteractionAt).toBe(clock);
  });

  it('keeps the promise it delivers', async () => {
    await promiseTheDeck();
    await route(done({ key: 'promise-due:deck', log: { kind: 'helped' }, keepsCommitment: 'deck' }));
    expect(await db.commitments.get('deck')).toMatchObject({ status: 'kept', closedAt: clock });
    expect((await db.interactions.toArray())[0]).toMatchObject({ kind: 'helped', exchange: 'give' });
  });

  it('answers not-found for a contact deleted meanwhile, and writes nothing', async () => {
    await route({ type: 'contact/delete', payload: { contactId: 'ada', confirm: 'ada' } });
    expect(await route(done())).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await db.followUps.count()).toBe(0);
  });
});

describe('followup/snooze', () => {
  it('stores the end of the snooze, replaces it when snoozed again, and refuses the past', async () => {
    const snooze = (until: number) =>
      route({ type: 'followup/snooze', payload: { key: 'k', contactId: 'ada', until } });
    await snooze(clock + DAY);
    await snooze(clock + 3 * DAY);
    expect(await db.followUps.get('k')).toMatchObject({ snoozedUntil: clock + 3 * DAY, doneAt: null });
    expect(await snooze(clock - 1)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('commitments', () => {
  it('adds a promise once on a double click and changes its status', async () => {
    const add = {
      type: 'commitment/add',
      payload: { contactId: 'ada', by: 'them', text: 'Intro to Bo', madeAt: clock, dueAt: null },
    };
    const first = await route(add);
    expect(await route(add)).toMatchObject({ ok: true, value: { created: false } });
    const id = (first as { value: { id: string } }).value.id;
    await route({ type: 'commitment/set-status', payload: { id, status: 'dropped' } });
    expect(await db.commitments.get(id)).toMatchObject({ status: 'dropped', closedAt: clock, by: 'them' });
    expect(
      await route({ type: 'commitment/set-status', payload: { id: 'nope', status: 'kept' } }),
    ).toMatchObject({
      error: { code: 'not-found' },
    });
  });
});

describe('contact/delete', () => {
  it('deletes the person with their history, promises and follow-up states, only when confirmed', async () => {
    await route(done());
    await route({
      type: 'commitment/add',
      payload: { contactId: 'ada', by: 'me', text: 'x', madeAt: clock, dueAt: null },
    });
    expect(
      await route({ type: 'contact/delete', payload: { contactId: 'ada', confirm: 'bob' } }),
    ).toMatchObject({
      error: { code: 'bad-request' },
    });
    expect(await route({ type: 'contact/delete', payload: { contactId: 'ada', confirm: 'ada' } })).toEqual({
      ok: true,
      value: { deleted: 4 },
    });
    expect([
      await db.contacts.count(),
      await db.interactions.count(),
      await db.commitments.count(),
      await db.followUps.count(),
    ]).toEqual([0, 0, 0, 0]);
  });
});

describe('contact/delete leaves nothing pointing at the person', () => {
  it('drops intro requests through or to them and mutual-connection answers naming them or made on their page', async () => {
    await db.contacts.bulkPut([contact({ id: 'bo', name: 'Bo' }), contact({ id: 'cy', name: 'Cy' })]);
    const intro = (id: string, introducerId: string, targetId: string) => ({
      id,
      introducerId,
      targetId,
      targetName: targetId,
      draftedAt: clock,
      sentAt: null,
      interactionId: null,
    });
    await db.intros.bulkPut([
      intro('via-ada', 'ada', 'bo'),
      intro('to-ada', 'bo', 'ada'),
      intro('kept', 'bo', 'cy'),
    ]);
    await db.mutualChoices.bulkPut([
      { profileId: 'bo', shownKey: 'ada', contactId: 'ada' },
      { profileId: 'ada', shownKey: 'cy', contactId: 'cy' },
      { profileId: 'cy', shownKey: 'bo', contactId: 'bo' },
      { profileId: 'cy', shownKey: 'someone', contactId: null },
    ]);
    expect(await route({ type: 'contact/delete', payload: { contactId: 'ada', confirm: 'ada' } })).toEqual({
      ok: true,
      value: { deleted: 5 },
    });
    expect((await db.intros.toArray()).map((i) => i.id)).toEqual(['kept']);
    expect(await db.mutualChoices.toArray()).toEqual([
      { profileId: 'cy', shownKey: 'bo', contactId: 'bo' },
      { profileId: 'cy', shownKey: 'someone', contactId: null },
    ]);
  });
});

describe('undo and correct', () => {
  it('followup/undo brings the follow-up back, deletes what Done logged and reopens the promise it kept', async () => {
    await promiseTheDeck();
    await route(done({ key: 'promise-due:deck', keepsCommitment: 'deck' }));
    expect((await db.commitments.get('deck'))?.status).toBe('kept');
    const reply = await route({ type: 'followup/undo', payload: { key: 'promise-due:deck' } });
    expect(reply).toMatchObject({ ok: true, value: { undone: true } });
    expect(await db.followUps.get('promise-due:deck')).toBeUndefined();
    expect(await db.interactions.count()).toBe(0);
    expect(await db.commitments.get('deck')).toMatchObject({ status: 'open', closedAt: null });
    // Twice is a no-op.
    expect(await route({ type: 'followup/undo', payload: { key: 'promise-due:deck' } })).toMatchObject({
      ok: true,
      value: { undone: false },
    });
  });

  it('followup/undo keeps a snooze the user set before', async () => {
    await db.followUps.put({ key: 'k', contactId: 'ada', snoozedUntil: clock + DAY, doneAt: clock });
    await route({ type: 'followup/undo', payload: { key: 'k' } });
    expect(await db.followUps.get('k')).toMatchObject({ snoozedUntil: clock + DAY, doneAt: null });
  });

  it("interaction/delete removes one entry and the contact's last interaction follows the history", async () => {
    const log = (id: string, at: number) =>
      route({ type: 'interaction/log', payload: { id, contactId: 'ada', at, kind: 'asked', actor: 'me' } });
    await log('older', clock - 2 * DAY);
    await log('mistap', clock);
    expect((await db.contacts.get('ada'))?.lastInteractionAt).toBe(clock);
    expect(await route({ type: 'interaction/delete', payload: { id: 'mistap' } })).toMatchObject({
      ok: true,
      value: { deleted: true },
    });
    expect((await db.interactions.toArray()).map((i) => i.id)).toEqual(['older']);
    expect((await db.contacts.get('ada'))?.lastInteractionAt).toBe(clock - 2 * DAY);
    expect(await route({ type: 'interaction/delete', payload: { id: 'mistap' } })).toMatchObject({
      value: { deleted: false },
    });
  });

  it('interaction/edit corrects kind, side and text; a new kind decides the give/ask effect afresh', async () => {
    await db.interactions.put({
      id: 'x',
      contactId: 'ada',
      at: clock,
      kind: 'asked',
      actor: 'me',
      exchange: 'ask',
      context: 'intro',
      excerpt: '',
      source: 'manual',
    });
    await route({
      type: 'interaction/edit',
      payload: { id: 'x', changes: { kind: 'helped', actor: 'them', context: 'an intro to Lin' } },
    });
    expect(await db.interactions.get('x')).toMatchObject({
      kind: 'helped',
      actor: 'them',
      exchange: 'none',
      context: 'an intro to Lin',
    });
    expect(await route({ type: 'interaction/edit', payload: { id: 'gone', changes: {} } })).toMatchObject({
      ok: false,
    });
  });
});
