import { describe, expect, it } from 'vitest';
import type { QueueInputs } from '../../../lib/engine/types';
import { commitment, contact, DAY, HOUR, interaction, queueOf, settings } from './factories';

const NOW = Date.parse('2026-06-10T10:00:00Z');
const ZONE = 'Europe/Stockholm';
const ada = contact({ id: 'ada', name: 'Ada Lindqvist', title: 'Engineer', company: 'Northwind' });

function queue(overrides: Partial<QueueInputs>) {
  return queueOf({ contacts: [ada], now: NOW, timeZone: ZONE, ...overrides });
}
const summary = (overrides: Partial<QueueInputs>) =>
  queue(overrides).map((item) => ({
    rule: item.ruleId,
    due: new Date(item.dueAt).toISOString(),
    hard: item.hard,
  }));

const iso = (at: number) => new Date(at).toISOString();

describe('meeting follow-up (Follow Up Thoughtfully)', () => {
  const met = interaction({ id: 'm1', kind: 'met', at: NOW - 2 * HOUR, context: 'Web Summit' });
  it.each([
    {
      name: 'a meeting just logged is due at the end of the window',
      log: [met],
      due: [iso(met.at + 48 * HOUR)],
    },
    {
      name: 'a message I sent afterwards clears it',
      log: [met, interaction({ kind: 'message-sent', at: NOW - HOUR })],
      due: [],
    },
    {
      name: 'a visit afterwards does not',
      log: [met, interaction({ kind: 'visit', at: NOW - HOUR })],
      due: [iso(met.at + 48 * HOUR)],
    },
    {
      name: 'a message dated in the future does not count as made',
      log: [met, interaction({ kind: 'message-sent', at: NOW + DAY })],
      due: [iso(met.at + 48 * HOUR)],
    },
    {
      name: 'a new connection counts as meeting',
      log: [interaction({ kind: 'connected', actor: 'them', at: NOW - 30 * HOUR })],
      due: [iso(NOW + 18 * HOUR)],
    },
    {
      name: 'a meeting older than two weeks has left the window',
      log: [interaction({ kind: 'met', at: NOW - 15 * DAY })],
      due: [],
    },
    {
      name: 'a meeting dated in the future is not due yet',
      log: [interaction({ kind: 'met', at: NOW + DAY })],
      due: [],
    },
    {
      name: 'two meetings give one item, for the latest',
      log: [interaction({ kind: 'met', at: NOW - 5 * DAY }), met],
      due: [iso(met.at + 48 * HOUR)],
    },
  ])('$name', ({ log, due }) => {
    expect(summary({ interactions: log }).map((item) => item.due)).toEqual(due);
  });

  it('uses the window from settings and says where you met and what to mention', () => {
    const [item] = queue({ interactions: [met], settings: settings({ followUpWindowHours: [12, 24] }) });
    expect(item).toMatchObject({
      key: 'meeting-follow-up:m1',
      dueAt: met.at + 24 * HOUR,
      reason: 'You met Ada Lindqvist at Web Summit on Wed 10 Jun',
      action: 'Follow up by Thu 11 Jun',
      principle: { section: 'Follow Up Thoughtfully' },
      specifics: [
        { label: 'Where you met', text: 'Web Summit' },
        { label: 'Their role', text: 'Engineer at Northwind' },
      ],
    });
  });
});

describe('thanks owed (Reciprocity)', () => {
  const intro = interaction({
    id: 'h1',
    kind: 'intro',
    actor: 'them',
    at: NOW - DAY,
    context: 'to Bo at Southwind',
  });
  it.each([
    { name: 'an intro from them asks for thanks', log: [intro], rules: ['thanks-owed'] },
    { name: 'thanking clears it', log: [intro, interaction({ kind: 'thanked', at: NOW - HOUR })], rules: [] },
    {
      name: 'a thank-you message (intent thanks) clears it',
      log: [intro, interaction({ kind: 'message-sent', intent: 'thanks', at: NOW - HOUR })],
      rules: [],
    },
    { name: 'my own help owes me nothing', log: [interaction({ kind: 'helped', at: NOW - DAY })], rules: [] },
    {
      name: 'a message of theirs read as a give counts',
      log: [interaction({ kind: 'message-received', actor: 'them', intent: 'give', at: NOW - DAY })],
      rules: ['thanks-owed'],
    },
    { name: 'help over a month ago is left out', log: [{ ...intro, at: NOW - 31 * DAY }], rules: [] },
  ])('$name', ({ log, rules }) => {
    expect(summary({ interactions: log }).map((item) => item.rule)).toEqual(rules);
  });

  it('names what they did', () => {
    expect(queue({ interactions: [intro] })[0]?.reason).toBe(
      'Ada Lindqvist introduced you on Tue 9 Jun: to Bo at Southwind',
    );
  });
});

describe('promise due (Trust)', () => {
  it.each([
    {
      name: 'my promise due in ten days shows, as Later',
      made: commitment({ by: 'me', dueAt: NOW + 10 * DAY }),
      hard: [true],
      priority: [2],
    },
    {
      name: 'my promise due tomorrow is pressing',
      made: commitment({ by: 'me', dueAt: NOW + DAY }),
      hard: [true],
      priority: [1],
    },
    {
      name: 'their promise not yet due waits',
      made: commitment({ by: 'them', dueAt: NOW + DAY }),
      hard: [],
      priority: [],
    },
    {
      name: 'their promise past due is a soft check-in',
      made: commitment({ by: 'them', dueAt: NOW - DAY }),
      hard: [false],
      priority: [2],
    },
    {
      name: 'a kept promise is gone',
      made: commitment({ by: 'me', dueAt: NOW - DAY, status: 'kept' }),
      hard: [],
      priority: [],
    },
    {
      name: 'an undated promise is not queued',
      made: commitment({ by: 'me', dueAt: null }),
      hard: [],
      priority: [],
    },
  ])('$name', ({ made, hard, priority }) => {
    const items = queue({ commitments: [made] });
    expect(items.map((item) => item.hard)).toEqual(hard);
    expect(items.map((item) => item.priority)).toEqual(priority);
  });

  it('done on my promise keeps it', () => {
    const made = commitment({ id: 'deck', by: 'me', dueAt: NOW + DAY });
    expect(queue({ commitments: [made] })[0]).toMatchObject({
      keepsCommitment: 'deck',
      logAs: { kind: 'helped' },
    });
  });
});

describe('cadence (Be Patient) and weak ties (Diversify Your Network)', () => {
  const last = NOW - 40 * DAY;
  it.each([
    { name: 'no cadence, recent contact: nothing', who: { lastInteractionAt: last }, s: {}, rules: [] },
    {
      name: 'the contact’s own cadence is overdue',
      who: { lastInteractionAt: last, cadenceDays: 30 },
      s: {},
      rules: ['cadence'],
    },
    {
      name: 'a tag cadence applies, the tightest tag wins',
      who: { lastInteractionAt: last, tags: ['mentor', 'alumni'] },
      s: { tagCadences: { mentor: 60, alumni: 35 } },
      rules: ['cadence'],
    },
    {
      name: 'a cadence due within a week shows ahead',
      who: { lastInteractionAt: last, cadenceDays: 45 },
      s: {},
      rules: ['cadence'],
    },
    {
      name: 'a cadence due in two weeks does not',
      who: { lastInteractionAt: last, cadenceDays: 60 },
      s: {},
      rules: [],
    },
    {
      name: 'the default cadence needs a real interaction',
      who: { lastInteractionAt: 0 },
      s: { defaultCadenceDays: 30 },
      rules: [],
    },
    {
      name: 'a long silence is a weak tie',
      who: { lastInteractionAt: NOW - 200 * DAY },
      s: {},
      rules: ['weak-tie'],
    },
    {
      name: 'a weak tie with a cadence is the cadence’s',
      who: { lastInteractionAt: NOW - 200 * DAY, cadenceDays: 90 },
      s: {},
      rules: ['cadence'],
    },
    {
      name: 'the default cadence covers recent contacts',
      who: { lastInteractionAt: last },
      s: { defaultCadenceDays: 30 },
      rules: ['cadence'],
    },
    {
      name: 'past the weak-tie line the default cadence hands over to weak ties',
      who: { lastInteractionAt: NOW - 200 * DAY },
      s: { defaultCadenceDays: 30 },
      rules: ['weak-tie'],
    },
    { name: 'a contact never interacted with is no tie', who: { lastInteractionAt: 0 }, s: {}, rules: [] },
  ])('$name', ({ who, s, rules }) => {
    const items = queue({ contacts: [{ ...ada, ...who }], settings: settings(s) });
    expect(items.map((item) => item.ruleId)).toEqual(rules);
  });

  it('the cadence is due cadence days after the last contact', () => {
    const [item] = queue({ contacts: [{ ...ada, lastInteractionAt: last, cadenceDays: 30 }] });
    expect(item?.dueAt).toBe(last + 30 * DAY);
    expect(item?.reason).toContain('every 30 days');
  });

  it('suggests at most five weak ties, the most recently lapsed first', () => {
    const people = Array.from({ length: 8 }, (_, n) =>
      contact({ id: `p${n}`, lastInteractionAt: NOW - (200 + n) * DAY }),
    );
    expect(
      queue({ contacts: people })
        .map((item) => item.contactId)
        .sort(),
    ).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });
});
