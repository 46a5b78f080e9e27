import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RapportDatabase } from '../../../lib/db/database';
import type { ToneReport } from '../../../lib/tone';
import { deleteDatabase, freshHandlers } from '../../support/background';
import type { routeAsAllowedSender } from '../../support/senders';

// The background feeds the tone check what only it knows: the give/ask ledger with the recipient and the
// one-way signatures of what the user sent lately.

let db: RapportDatabase;
const clock = Date.UTC(2026, 2, 10, 9);
let route: ReturnType<typeof routeAsAllowedSender>;
const ASK =
  'Hi Ada, could you introduce me to your CTO? I am raising a seed round for our analytics startup.';
const TEMPLATE =
  'I lead partnerships at a small analytics studio and we help teams ship dashboards in weeks. ' +
  'Would you have fifteen minutes next week to see whether we could work together?';

const person = (publicId: string, name: string) => ({
  profileId: publicId,
  name,
});
const capture = (publicId: string, name: string) =>
  route({
    type: 'profile/captured',
    payload: { publicId, profileUrl: `https://www.linkedin.com/in/${publicId}/`, name },
  });
const send = (recipient: ReturnType<typeof person>, text: string, minutesAgo: number) =>
  route({
    type: 'message/sent',
    payload: { kind: 'message', at: clock - minutesAgo * 60_000, text, recipient },
  });
async function analyse(text: string, recipient = person('ada-example', 'Ada Example')) {
  const reply = await route({ type: 'tone/analyze', payload: { text, kind: 'message', recipient } });
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return reply.value as ToneReport;
}

beforeEach(async () => {
  fakeBrowser.reset();
  ({ db, route } = freshHandlers({ now: () => clock }));
  await capture('ada-example', 'Ada Example');
});

afterEach(() => deleteDatabase(db));

describe('tone/analyze reads the ledger', () => {
  it('an ask right after the user gave is not an ask with nothing offered; a cold one is', async () => {
    expect((await analyse(ASK)).flags.ask_without_give).toBe(true);
    await send(
      person('ada-example', 'Ada Example'),
      "Hi Ada, here's the pricing article I mentioned; happy to introduce you to our designer too.",
      60,
    );
    const report = await analyse(ASK);
    expect(report.flags.ask_without_give).toBe(false);
    expect(report.hints.map((hint) => hint.ruleId)).not.toContain('ask-before-give');
  });

  it('after their help, the hint asks for thanks rather than an offer', async () => {
    await db.interactions.put({
      id: 'ada-helped',
      contactId: 'ada-example',
      at: clock - 86_400_000,
      kind: 'helped',
      actor: 'them',
      exchange: 'give',
      context: '',
      excerpt: '',
      source: 'manual',
    });
    const hint = (await analyse(ASK)).hints.find((h) => h.ruleId === 'ask-before-give');
    expect(hint?.message).toMatch(/helped you before; thank them/);
  });
});

describe('tone/analyze knows the same text went to many people', () => {
  it('counts the other people sent the same wording, keeping no words to do it', async () => {
    const others = ['Bo Lind', 'Cem Aydin', 'Dara Quinn'].map((name, i) => person(`p-${i}`, name));
    for (const [i, other] of others.entries()) {
      await capture(other.profileId, other.name);
      await send(other, `Hi ${other.name.split(' ')[0]}, ${TEMPLATE}`, 30 + i);
    }
    const stored = await db.interactions.where('kind').equals('message-sent').toArray();
    expect(stored.every((row) => row.signature?.length && row.excerpt === '')).toBe(true);
    const report = await analyse(`Hi Ada, ${TEMPLATE}`);
    expect(report.flags.generic).toBe(true);
    expect(report.hints.find((hint) => hint.ruleId === 'generic-template')?.message).toMatch(
      /sent this same text to 3 other people/,
    );
    const fresh = await analyse('Hi Ada, your talk on sensor fusion at the Oslo meetup stayed with me.');
    expect(fresh.hints.find((hint) => hint.ruleId === 'generic-template')).toBeUndefined();
  });
});
