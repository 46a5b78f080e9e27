import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coachFromHeard } from '../../../lib/coach/from-heard';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { theirMessagesSince } from '../../../lib/db/queries/their-messages-since';
import { type HeardMessage, HeardMessageSchema } from '../../../lib/schema/heard-message';
import { contact, interaction } from '../engine/factories';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 18, 9);

const heard = (overrides: Partial<HeardMessage> & { id: string }): HeardMessage =>
  HeardMessageSchema.parse({
    contactId: 'ada',
    at: NOW - DAY,
    intent: 'other',
    questions: 0,
    mood: null,
    ...overrides,
  });

const ids = (draft: string, messages: HeardMessage[]) =>
  coachFromHeard(draft, messages).points.map((point) => `${point.id}:${point.severity}`);

describe('coachFromHeard: the popup draft coached by their messages read earlier', () => {
  it.each([
    ['no messages of theirs: nothing', 'Hi Ada, how is the launch going?', [], []],
    ['an empty draft: nothing yet', '', [heard({ id: 'a', mood: 'worried' })], []],
    [
      'worried, without excerpts: their tone, as a warning until the reply acknowledges it',
      'Can you send me the deck today?',
      [heard({ id: 'a', mood: 'worried' })],
      ['their-tone:warning'],
    ],
    [
      'worried, and the draft reassures first: their tone as advice',
      "I'm sorry to hear that. It will be fine, take your time.",
      [heard({ id: 'a', mood: 'worried' })],
      ['their-tone:info'],
    ],
    [
      'an ask without excerpts: answer it, warning while the draft says neither yes, no nor when',
      'Hi Ada, great to hear from you.',
      [heard({ id: 'a', intent: 'ask', questions: 1 })],
      ['their-question:info', 'their-ask:warning'],
    ],
    [
      'an ask answered',
      'Yes, happy to look at it this week.',
      [heard({ id: 'a', intent: 'ask' })],
      ['their-ask:info'],
    ],
    [
      'with an excerpt, their question is quoted and checked like the inline panel does',
      'Hi Ada, thanks for the note, all good here.',
      [heard({ id: 'a', excerpt: 'Are you free on Thursday for a call?', questions: 1 })],
      ['their-question:warning'],
    ],
    [
      'with an excerpt, a reply naming the day answers it',
      'Thursday works, I am free after 2pm.',
      [heard({ id: 'a', excerpt: 'Are you free on Thursday for a call?', questions: 1 })],
      [],
    ],
  ])('%s', (_name, draft, messages, expected) => {
    expect(ids(draft, messages)).toEqual(expected);
  });

  it('quotes the question when the user keeps excerpts', () => {
    const [point] = coachFromHeard('Hi Ada, all good here.', [
      heard({ id: 'a', excerpt: 'Are you free on Thursday for a call?', questions: 1 }),
    ]).points;
    expect(point?.message).toMatch(/^They asked: “Are you free on Thursday for a call\?”/);
  });
});

describe('theirMessagesSince', () => {
  let db: RapportDatabase;
  beforeEach(() => {
    db = openDatabase(`their-messages-${Math.random()}`);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('returns their messages since the user last wrote, within 60 days, without removed ones', async () => {
    await db.contacts.put(contact({ id: 'ada', name: 'Ada Lindqvist' }));
    await db.interactions.bulkPut([
      interaction({ kind: 'message-sent', at: NOW - 5 * DAY }),
      // A visit or a logged meeting is not writing to them.
      interaction({ kind: 'visit', at: NOW - 2 * DAY }),
    ]);
    await db.heard.bulkPut([
      heard({ id: 'before-my-reply', at: NOW - 6 * DAY }),
      heard({ id: 'after', at: NOW - 4 * DAY }),
      heard({ id: 'removed', at: NOW - 3 * DAY, removed: true }),
      heard({ id: 'latest', at: NOW - DAY }),
      heard({ id: 'someone-else', contactId: 'sam', at: NOW - DAY }),
    ]);
    expect((await theirMessagesSince(db, 'ada', NOW)).map((m) => m.id)).toEqual(['after', 'latest']);
    // Never written to: the last 60 days count.
    await db.interactions.clear();
    await db.heard.put(heard({ id: 'old', at: NOW - 61 * DAY }));
    expect((await theirMessagesSince(db, 'ada', NOW)).map((m) => m.id)).toEqual([
      'before-my-reply',
      'after',
      'latest',
    ]);
  });
});
