import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RapportDatabase } from '../../../lib/db/database';
import { deleteDatabase, freshHandlers } from '../../support/background';
import type { routeAsAllowedSender } from '../../support/senders';

let db: RapportDatabase;
const clock = Date.UTC(2026, 2, 10, 9); // a Tuesday
let route: ReturnType<typeof routeAsAllowedSender>;

const ASK = 'Hi Ada, could you introduce me to your CTO? I will send you the deck by Friday.';
const capture = (publicId: string, name: string) =>
  route({
    type: 'profile/captured',
    payload: { publicId, profileUrl: `https://www.linkedin.com/in/${publicId}/`, name },
  });
const sent = (payload: Record<string, unknown>) =>
  route({ type: 'message/sent', payload: { kind: 'message', at: clock - 1000, text: ASK, ...payload } });

beforeEach(async () => {
  fakeBrowser.reset();
  ({ db, route } = freshHandlers({ now: () => clock }));
  await capture('ada-example', 'Ada Example');
});

afterEach(() => deleteDatabase(db));

describe('message/sent', () => {
  it('records an ask on the person by profile id, with the promise due on Friday and no excerpt', async () => {
    const reply = await sent({ recipient: { profileId: 'ada-example', name: 'Ada Example' } });
    expect(reply).toMatchObject({
      ok: true,
      value: { status: 'recorded', contactId: 'ada-example', commitments: 1 },
    });
    const [interaction] = await db.interactions.where('kind').equals('message-sent').toArray();
    expect(interaction).toMatchObject({
      contactId: 'ada-example',
      actor: 'me',
      intent: 'ask',
      exchange: 'ask',
    });
    expect(interaction?.excerpt).toBe('');
    const [promise] = await db.commitments.toArray();
    expect(promise).toMatchObject({ by: 'me', contactId: 'ada-example', status: 'open' });
    expect(new Date(promise!.dueAt!).getUTCDay()).toBe(5);
    expect((await db.contacts.get('ada-example'))?.lastInteractionAt).toBe(clock - 1000);
  });

  it('stores a send seen twice once', async () => {
    const recipient = { profileId: 'ada-example', name: 'Ada Example' };
    await sent({ recipient });
    expect(await sent({ recipient })).toMatchObject({ value: { status: 'already-recorded' } });
    expect(await db.interactions.where('kind').equals('message-sent').count()).toBe(1);
    expect(await db.commitments.count()).toBe(1);
  });

  it('keeps a short excerpt only when the user switched excerpts on', async () => {
    await route({ type: 'settings/save', payload: { change: { storeExcerpts: true } } });
    await sent({ recipient: { profileId: 'ada-example' }, text: `Thanks! ${'a'.repeat(900)}` });
    const [interaction] = await db.interactions.where('kind').equals('message-sent').toArray();
    expect(interaction?.excerpt.startsWith('Thanks!')).toBe(true);
    expect(interaction?.excerpt.length).toBeLessThanOrEqual(200);
  });

  it('files a connection note as an invitation that still moves the balance', async () => {
    await sent({ recipient: { profileId: 'ada-example' }, kind: 'connection-note' });
    const [invite] = await db.interactions.where('kind').equals('invitation-sent').toArray();
    expect(invite).toMatchObject({ exchange: 'ask', intent: 'ask' });
  });

  it('matches a bare name only when exactly one contact has it', async () => {
    expect(await sent({ recipient: { name: 'Ada Example' } })).toMatchObject({
      value: { status: 'recorded' },
    });
    await capture('ada-example-2', 'Ada Example');
    expect(await sent({ recipient: { name: 'Ada Example' }, text: 'Another one?' })).toMatchObject({
      value: { status: 'ambiguous-recipient', interactionId: null },
    });
    expect(await sent({ recipient: { name: 'Nobody Known' } })).toMatchObject({
      value: { status: 'unknown-recipient' },
    });
    expect(await db.interactions.where('kind').equals('message-sent').count()).toBe(1);
  });

  it('creates the contact for a profile id shown with a name, but not for a bare unknown id', async () => {
    expect(await sent({ recipient: { profileId: 'bo-new' } })).toMatchObject({
      value: { status: 'unknown-recipient' },
    });
    expect(await sent({ recipient: { profileId: 'bo-new', name: 'Bo\u202e New' } })).toMatchObject({
      value: { status: 'recorded', contactId: 'bo-new' },
    });
    expect((await db.contacts.get('bo-new'))?.name).toBe('Bo New');
  });

  it('refuses a recipient with neither id nor name', async () => {
    expect(await sent({ recipient: { name: '' } })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});

describe('reciprocity/get', () => {
  it('counts my asks since I last gave', async () => {
    const recipient = { profileId: 'ada-example' };
    await sent({ recipient, at: clock - 4 * 60_000, text: 'Could we have a call next week?' });
    await sent({
      recipient,
      at: clock - 3 * 60_000,
      text: 'Here is the article I mentioned, I thought you would like it.',
    });
    await sent({ recipient, at: clock - 2 * 60_000 });
    await sent({ recipient, at: clock - 60_000, text: 'Could you also review my CV?' });
    expect(await route({ type: 'reciprocity/get', payload: { name: 'Ada Example' } })).toMatchObject({
      value: { status: 'found', contactId: 'ada-example', asksSinceMyLastGive: 2 },
    });
  });

  it('says so when the person is not known', async () => {
    expect(await route({ type: 'reciprocity/get', payload: { name: 'Nobody Known' } })).toMatchObject({
      value: { status: 'unknown-recipient', contactId: null },
    });
  });
});
