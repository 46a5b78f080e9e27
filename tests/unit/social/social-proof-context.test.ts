import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RapportDatabase } from '../../../lib/db/database';
import { OwnProfileSchema } from '../../../lib/schema/own-profile';
import type { MessageKind, Position, ToneReport } from '../../../lib/tone';
import { deleteDatabase, freshHandlers } from '../../support/background';
import type { routeAsAllowedSender } from '../../support/senders';

// The background gives the social-proof rule what only it knows (issue 16): which of the people LinkedIn shows as
// mutual connections are the user's contacts, best introducer first, and the schools and employers both list.

const DAY = 86_400_000;
const clock = Date.UTC(2026, 2, 10, 9);
const COLD =
  'Hi Noa, I lead research at a small analytics studio and follow your work on survey design. What are you exploring next?';
let db: RapportDatabase;
let route: ReturnType<typeof routeAsAllowedSender>;

const capture = (publicId: string, name: string, fields: Record<string, unknown> = {}) =>
  route({
    type: 'profile/captured',
    payload: { publicId, profileUrl: `https://www.linkedin.com/in/${publicId}/`, name, ...fields },
  });

async function socialProofHint(
  text: string,
  options: { kind?: MessageKind; position?: Position; previous?: string; to?: string } = {},
) {
  const { kind = 'message', to = 'noa-levi', ...thread } = options;
  const reply = await route({
    type: 'tone/analyze',
    payload: { text, kind, ...thread, recipient: { profileId: to, name: 'Noa Levi' } },
  });
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return (reply.value as ToneReport).hints.find((hint) => hint.ruleId === 'social-proof')?.message ?? null;
}

async function connection(id: string, name: string, lastContactDaysAgo: number) {
  await capture(id, name, { degree: 1 });
  await db.interactions.put({
    id: `${id}-met`,
    contactId: id,
    at: clock - lastContactDaysAgo * DAY,
    kind: 'met',
    actor: 'me',
    exchange: 'none',
    context: '',
    excerpt: '',
    source: 'manual',
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  ({ db, route } = freshHandlers({ now: () => clock, timeZone: () => 'UTC' }));
  // Tomás met long ago, Ada last week: Ada is the better person to name though LinkedIn lists Tomás first.
  await connection('tomas-garcia', 'Tomás García', 700);
  await connection('ada-lindqvist', 'Ada Lindqvist', 7);
  await capture('noa-levi', 'Noa Levi', {
    degree: 2,
    mutualNames: ['Tomas Garcia', 'Kim Berg', 'Ada Lindqvist'],
    mutualCount: 3,
  });
});

afterEach(() => deleteDatabase(db));

describe('tone/analyze gives the social-proof rule the mutual connections', () => {
  it('names the healthiest known mutual first, then the others', async () => {
    expect(await socialProofHint(COLD)).toBe(
      'Name someone you both know: Ada Lindqvist (or Tomás García) is a mutual connection; say how you know them.',
    );
  });

  it('goes once the draft names any of them, a name LinkedIn shows but Rapport does not know included', async () => {
    expect(
      await socialProofHint('Hi Noa, Ada Lindqvist suggested I write to you about survey design.'),
    ).toBeNull();
    expect(await socialProofHint('Hi Noa, Kim Berg told me about your survey design work.')).toBeNull();
  });

  it.each([
    ['a connection note', { kind: 'connection-note' as const }],
    ['an InMail', { kind: 'inmail' as const }],
    ['a message that opens the thread', { position: 'first' as const }],
  ])('speaks in %s', async (_, options) => {
    expect(await socialProofHint(COLD, options)).toMatch(/Ada Lindqvist/);
  });

  it.each([
    ['a reply', { position: 'reply' as const, previous: 'Thanks for reaching out! Happy to chat.' }],
    ['a nudge', { position: 'nudge' as const }],
    ['a comment', { kind: 'comment' as const }],
  ])('says nothing in %s', async (_, options) => {
    expect(await socialProofHint(COLD, options)).toBeNull();
  });

  it('says nothing to a 1st-degree connection or to someone Rapport does not know', async () => {
    await capture('noa-levi', 'Noa Levi', { degree: 1 });
    expect(await socialProofHint(COLD)).toBeNull();
    expect(await socialProofHint(COLD, { to: 'nobody-known' })).toBeNull();
  });

  it('suggests a school both list when no mutual connection is shown', async () => {
    await db.ownProfile.put(
      OwnProfileSchema.parse({
        key: 'me',
        name: 'Iris Vale',
        education: [{ school: 'AGH University', dates: '2012 - 2016' }],
        source: 'picked',
        updatedAt: clock,
      }),
    );
    await capture('eli-novak', 'Eli Novak', {
      degree: 3,
      education: [{ school: 'AGH University', dates: '2013 - 2017' }],
    });
    expect(await socialProofHint(COLD, { to: 'eli-novak' })).toBe(
      'Mention what you share: you both studied at AGH University (you overlapped 2013–2016).',
    );
    expect(
      await socialProofHint('Hi Eli, a fellow AGH graduate here: what are you building now?', {
        to: 'eli-novak',
      }),
    ).toBeNull();
  });
});
