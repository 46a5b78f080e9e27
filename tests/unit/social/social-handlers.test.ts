import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newContact } from '../../../lib/contacts/new-contact';
import { backendOf, type RapportDatabase } from '../../../lib/db/database';
import { specificsOf } from '../../../lib/db/queries/item-specifics';
import { loadQueue } from '../../../lib/db/queries/load-queue';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { introRequestDraft } from '../../../lib/social/intro-draft';
import { deleteDatabase, freshHandlers } from '../../support/background';
import type { routeAsAllowedSender } from '../../support/senders';
import { DAY, HOUR } from '../engine/factories';

let db: RapportDatabase;
let clock = Date.UTC(2026, 5, 2, 17); // Tue 2 Jun 2026, 18:00 in Lisbon
let route: ReturnType<typeof routeAsAllowedSender>;
const ZONE = 'Europe/Lisbon';

async function ok<T = Record<string, unknown>>(type: string, payload: Record<string, unknown>): Promise<T> {
  const reply = (await route({ type, payload })) as { ok: boolean; value: T; error?: { message: string } };
  if (!reply.ok) throw new Error(`${type}: ${reply.error?.message}`);
  return reply.value;
}

beforeEach(async () => {
  clock = Date.UTC(2026, 5, 2, 17);
  ({ db, route } = freshHandlers({ now: () => clock }));
  await db.contacts.bulkPut([
    newContact('ada', 'Ada Lindqvist', 0, { degree: 1 }),
    newContact('sam', 'Sam Rivera', 0, { degree: 2, title: 'Head of Design', company: 'Acme' }),
    newContact('noa', 'Noa Levi', 0, { degree: 2 }),
    newContact('kai', 'Kai Moreau', 0, { degree: 2 }),
  ]);
});

afterEach(() => deleteDatabase(db));

describe('intro requests', () => {
  it('a sent message naming the person is logged as an ask on the introducer, whatever its friendly tone', async () => {
    await ok('intro/drafted', { introducerId: 'ada', targetId: 'sam', at: clock - 60_000 });
    const text = introRequestDraft((await db.contacts.get('ada'))!, (await db.contacts.get('sam'))!);
    const reply = await ok<{ interactionId: string }>('message/sent', {
      kind: 'message',
      at: clock - 1000,
      text,
      recipient: { profileId: 'ada', name: 'Ada Lindqvist' },
    });
    const logged = await db.interactions.get(reply.interactionId);
    expect(logged).toMatchObject({
      contactId: 'ada',
      exchange: 'ask',
      context: 'Asked for an intro to Sam Rivera',
    });
    expect(await db.intros.get('intro:ada:sam')).toMatchObject({
      sentAt: clock - 1000,
      interactionId: reply.interactionId,
    });
  });

  it('a message to the introducer about something else is not taken for the request', async () => {
    await ok('intro/drafted', { introducerId: 'ada', targetId: 'sam', at: clock });
    await ok('message/sent', {
      kind: 'message',
      at: clock + HOUR,
      text: 'Thanks for the article on mentoring, Ada! What did you think of the ending?',
      recipient: { profileId: 'ada', name: 'Ada Lindqvist' },
    });
    expect((await db.intros.get('intro:ada:sam'))?.sentAt).toBeNull();
  });

  it('"I sent it" logs one ask, however often it is clicked', async () => {
    await ok('intro/drafted', { introducerId: 'ada', targetId: 'sam', at: clock });
    const first = await ok<{ created: boolean }>('intro/mark-sent', {
      introducerId: 'ada',
      targetId: 'sam',
      at: clock,
    });
    const again = await ok<{ created: boolean }>('intro/mark-sent', {
      introducerId: 'ada',
      targetId: 'sam',
      at: clock + 5,
    });
    expect([first.created, again.created]).toEqual([true, false]);
    const asks = await db.interactions.where('contactId').equals('ada').toArray();
    expect(asks).toHaveLength(1);
    expect(asks[0]).toMatchObject({ kind: 'asked', exchange: 'ask', actor: 'me' });
  });

  it('stores the answer to "which contact is this?" per profile, and refuses an unknown contact', async () => {
    await ok('mutual/choose', { profileId: 'sam', shownName: 'Dr. Ada Lindqvist', contactId: 'ada' });
    expect(await db.mutualChoices.toArray()).toEqual([
      { profileId: 'sam', shownKey: 'ada lindqvist', contactId: 'ada' },
    ]);
    const reply = await route({
      type: 'mutual/choose',
      payload: { profileId: 'sam', shownName: 'X Y', contactId: 'nobody' },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('event mode', () => {
  it('start, three people met (one with a promise), end → one batch of three due within 48 h, promise first', async () => {
    const { id } = await ok<{ id: string }>('event/start', {
      name: 'Harbour Summit',
      day: '2026-06-02',
      timeZone: ZONE,
      at: clock,
    });
    clock += HOUR;
    await ok('event/met', { eventId: id, contactId: 'sam', talkedAbout: 'design systems', at: clock });
    clock += HOUR;
    await ok('event/met', { eventId: id, contactId: 'noa', at: clock });
    clock += HOUR;
    await ok('event/met', { eventId: id, contactId: 'kai', promised: 'Send the paper', at: clock });
    // Tapping again updates rather than adding.
    await ok('event/met', {
      eventId: id,
      contactId: 'kai',
      promised: 'Send the paper',
      talkedAbout: 'robots',
      at: clock,
    });
    const context = { settings: DEFAULT_SETTINGS, timeZone: ZONE };
    expect(await loadQueue(await backendOf(db), { ...context, now: clock })).toEqual([]);

    clock += HOUR;
    const { endedAt } = await ok<{ endedAt: number }>('event/end', { id, at: clock });
    const queue = await loadQueue(await backendOf(db), { ...context, now: clock + HOUR });
    expect(queue.map((item) => [item.ruleId, item.contactName, item.batch?.order])).toEqual([
      ['event-follow-up', 'Kai Moreau', 0],
      ['event-follow-up', 'Sam Rivera', 1],
      ['event-follow-up', 'Noa Levi', 2],
    ]);
    for (const item of queue) expect(item.dueAt - endedAt).toBe(48 * HOUR);
    expect(queue[0]!.action).toMatch(/Keep your promise, “Send the paper”/);
    expect(queue[0]!.keepsCommitment).toBe(`event:${id}:promise:kai`);
    expect(queue[1]!.reason).toBe('You met Sam Rivera at Harbour Summit (talked about design systems)');
    // What to mention, as Sam's opened row reads it (lib/db/queries/item-specifics.ts).
    expect(await specificsOf(db, queue[1]!.contactId, clock + HOUR)).toContainEqual({
      label: 'Where you met',
      text: 'Harbour Summit',
    });
    // Nobody is queued twice by the single-meeting rule.
    expect(queue.filter((item) => item.ruleId === 'meeting-follow-up')).toEqual([]);
    // Switched off, the batch is gone.
    const off = { ...DEFAULT_SETTINGS, disabledRules: ['queue:event-follow-up' as const] };
    expect(await loadQueue(await backendOf(db), { ...context, settings: off, now: clock + HOUR })).toEqual(
      [],
    );
  });

  it('marks people later the same day, dated at the end; refuses once the day is over', async () => {
    const { id } = await ok<{ id: string }>('event/start', {
      name: 'Meetup',
      day: '2026-06-02',
      timeZone: ZONE,
      at: clock,
    });
    const { endedAt } = await ok<{ endedAt: number }>('event/end', { id, at: clock + 2 * HOUR });
    clock += 4 * HOUR;
    await ok('event/met', { eventId: id, contactId: 'sam', at: clock });
    expect((await db.interactions.get(`event:${id}:met:sam`))?.at).toBe(endedAt);
    clock += DAY;
    const late = await route({ type: 'event/met', payload: { eventId: id, contactId: 'noa', at: clock } });
    expect(late).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('one event at a time: starting another ends the first; "not met here" undoes a tap', async () => {
    const first = await ok<{ id: string }>('event/start', {
      name: 'A',
      day: '2026-06-02',
      timeZone: ZONE,
      at: clock,
    });
    clock += 2 * 60_000;
    const second = await ok<{ id: string; ended: string[] }>('event/start', {
      name: 'B',
      day: '2026-06-02',
      timeZone: ZONE,
      at: clock,
    });
    expect(second.ended).toEqual([first.id]);
    await ok('event/met', {
      eventId: second.id,
      contactId: 'sam',
      promised: 'x',
      talkedAbout: 'y',
      at: clock,
    });
    expect(await ok('event/unmet', { eventId: second.id, contactId: 'sam' })).toEqual({ removed: 2 });
    expect(await db.commitments.count()).toBe(0);
  });

  it('backs up and restores events, intro requests and answers', async () => {
    const { id } = await ok<{ id: string }>('event/start', {
      name: 'Meetup',
      day: '2026-06-02',
      timeZone: ZONE,
      at: clock,
    });
    await ok('intro/drafted', { introducerId: 'ada', targetId: 'sam', at: clock });
    await ok('mutual/choose', { profileId: 'sam', shownName: 'Ada Lindqvist', contactId: 'ada' });
    const backup = await ok<Record<string, unknown[]>>('data/export', {});
    expect([backup.events?.length, backup.intros?.length, backup.mutualChoices?.length]).toEqual([1, 1, 1]);
    await ok('data/wipe', { confirm: 'wipe' });
    expect(await db.events.count()).toBe(0);
    await ok('data/restore', { backup });
    expect((await db.events.get(id))?.name).toBe('Meetup');
    expect(await db.mutualChoices.count()).toBe(1);
  });
});
