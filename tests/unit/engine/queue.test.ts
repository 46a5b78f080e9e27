import { describe, expect, it } from 'vitest';
import { dueLabel, groupOf, groupQueue, groupRows, overdueCount } from '../../../lib/engine/grouping';
import { computeQueue, findQueue, finishQueue } from '../../../lib/engine/queue';
import type { FollowUpItem, QueueInputs } from '../../../lib/engine/types';
import { commitment, contact, DAY, HOUR, interaction, settings } from './factories';

const NOW = Date.parse('2026-06-10T10:00:00Z');
const ada = contact({ id: 'ada', name: 'Ada' });
const met = interaction({ id: 'm1', kind: 'met', at: NOW - 60 * HOUR });
const inputs = (overrides: Partial<QueueInputs> = {}): QueueInputs => ({
  contacts: [ada],
  interactions: [met],
  commitments: [],
  followUps: [],
  settings: settings(),
  now: NOW,
  timeZone: 'UTC',
  ...overrides,
});
const state = (fields: { snoozedUntil?: number; doneAt?: number }) => ({
  key: 'meeting-follow-up:m1',
  contactId: 'ada',
  snoozedUntil: fields.snoozedUntil ?? null,
  doneAt: fields.doneAt ?? null,
});

describe('computeQueue', () => {
  it.each([
    { name: 'an untouched item is shown', overrides: {}, count: 1 },
    {
      name: 'a done item is gone for good',
      overrides: { followUps: [state({ doneAt: NOW - DAY })] },
      count: 0,
    },
    {
      name: 'a snoozed item is hidden until the snooze ends',
      overrides: { followUps: [state({ snoozedUntil: NOW + 1 })] },
      count: 0,
    },
    {
      name: 'it comes back once the snooze is over',
      overrides: { followUps: [state({ snoozedUntil: NOW })] },
      count: 1,
    },
    {
      name: 'a switched-off rule yields nothing',
      overrides: { settings: settings({ disabledRules: ['queue:meeting-follow-up'] }) },
      count: 0,
    },
    { name: 'a deleted contact leaves no dangling item', overrides: { contacts: [] }, count: 0 },
    {
      name: 'the same interaction logged twice gives one item',
      overrides: { interactions: [met, { ...met }] },
      count: 1,
    },
  ])('$name', ({ overrides, count }) => {
    expect(computeQueue(inputs(overrides))).toHaveLength(count);
  });

  it('a clock set back makes nothing disappear that was not done', () => {
    const earlier = computeQueue(inputs({ now: NOW - 2 * DAY + HOUR }));
    expect(earlier.map((item) => item.key)).toEqual(['meeting-follow-up:m1']);
  });
});

const item = (dueAt: number, hard = true) => ({ dueAt, hard }) as FollowUpItem;

describe('findQueue then finishQueue, for people known without their name', () => {
  // Bob is found from a card (a cadence of his own), Cy is pointed at by a promise: both known without their name
  // until their row is shown, as the loader knows them.
  const bob = contact({ id: 'bob', name: 'Bob', cadenceDays: 30, lastInteractionAt: NOW - 40 * DAY });
  const cy = contact({ id: 'cy', name: 'Cy' });
  const everyone = inputs({
    contacts: [ada, bob, cy],
    commitments: [commitment({ contactId: 'cy', by: 'me', dueAt: NOW + DAY })],
  });
  const nameless = (person: typeof bob) => ({ ...person, name: '', profileUrl: '' });
  const unnamed = [nameless(bob), nameless(cy)];

  it('leaves their reasons blank, words the others as computeQueue does, and words theirs once named', () => {
    const whole = computeQueue(everyone);
    const found = findQueue({ ...everyone, contacts: [ada, ...unnamed] });
    const items = finishQueue(found, [], { specifics: false, unnamed: new Set(unnamed) });
    expect(items.map((item) => item.contactId)).toEqual(['bob', 'ada', 'cy']);
    expect(items.map((item) => item.key)).toEqual(whole.map((item) => item.key));
    expect(items.map((item) => item.reason)).toEqual([
      '',
      whole.find((item) => item.contactId === 'ada')!.reason,
      '',
    ]);
    expect(items.map((item) => item.contactName)).toEqual(['', 'Ada', '']);
    expect(items.map((item) => item.action)).toEqual(whole.map((item) => item.action));
    // Worded once named, as reading everything words them.
    const findings = new Map(found.byRule.flatMap(({ findings }) => findings).map((f) => [f.contactId, f]));
    const reasonOf = (id: string) => whole.find((item) => item.contactId === id)!.reason;
    expect(findings.get('cy')!.reasonFor('Cy')).toBe(reasonOf('cy'));
    expect(findings.get('bob')!.reasonFor('Bob')).toBe(reasonOf('bob'));
    expect([reasonOf('cy'), reasonOf('bob')]).toEqual([
      expect.stringMatching(/^You promised Cy: /),
      expect.stringMatching(/^Keep in touch with Bob every 30 days/),
    ]);
  });
});

describe('grouping by calendar day', () => {
  it.each([
    // Stockholm springs forward on 29 March 2026: that day lasts 23 hours.
    // Due earlier today is due today, not overdue: the action says "by" today's date.
    ['a minute ago', '2026-03-29T10:00:00Z', '2026-03-29T09:59:00Z', true, 'today'],
    ['yesterday evening', '2026-03-29T10:00:00Z', '2026-03-28T20:00:00Z', true, 'overdue'],
    [
      'a soft item in the past waits in today',
      '2026-03-29T10:00:00Z',
      '2026-03-20T09:00:00Z',
      false,
      'today',
    ],
    ['tonight 23:30 local on the short day', '2026-03-28T23:30:00Z', '2026-03-29T21:30:00Z', true, 'today'],
    [
      '00:30 local next day, 23 hours away',
      '2026-03-28T23:30:00Z',
      '2026-03-29T22:30:00Z',
      true,
      'this-week',
    ],
    ['six days ahead', '2026-03-28T23:30:00Z', '2026-04-04T21:00:00Z', true, 'this-week'],
    ['seven days ahead', '2026-03-28T23:30:00Z', '2026-04-05T10:00:00Z', true, 'later'],
    // Stockholm falls back on 25 October 2026: that day lasts 25 hours.
    [
      '23:30 local on the long day, 24.5 hours after midnight',
      '2026-10-24T22:30:00Z',
      '2026-10-25T22:30:00Z',
      true,
      'today',
    ],
  ])('%s → %s', (_name, now, due, hard, group) => {
    expect(groupOf(item(Date.parse(due), hard), Date.parse(now), 'Europe/Stockholm')).toBe(group);
  });

  it.each([
    // New York falls back on 1 November 2026; 23:30 local on 31 October is 03:30 UTC the next day.
    ['2026-10-31T14:00:00Z', '2026-11-01T03:30:00Z', 'today'],
    ['2026-10-31T14:00:00Z', '2026-11-01T04:30:00Z', 'this-week'],
    ['2026-11-01T04:30:00Z', '2026-11-02T04:30:00Z', 'today'],
  ])('New York: now %s, due %s → %s', (now, due, group) => {
    expect(groupOf(item(Date.parse(due)), Date.parse(now), 'America/New_York')).toBe(group);
  });

  it.each([
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Europe/Stockholm',
    'America/New_York',
    'Australia/Lord_Howe',
  ])('groups a whole queue in %s as each item alone, hour by hour around the edges of the week', (zone) => {
    // The queue's grouping asks the zone for the day of the items near today only (grouping.ts › daysFrom).
    for (const now of [Date.parse('2026-03-28T23:30:00Z'), Date.parse('2026-10-31T14:00:00Z'), NOW]) {
      const items = Array.from({ length: 13 * 24 }, (_, hour) =>
        item(now - 3 * DAY + hour * HOUR, hour % 2 === 0),
      );
      const grouped = groupQueue(items, now, zone).flatMap((group) =>
        group.items.map((it) => [it.dueAt, group.id] as const),
      );
      expect(new Map(grouped)).toEqual(new Map(items.map((it) => [it.dueAt, groupOf(it, now, zone)])));
      expect(new Set(grouped.map(([, id]) => id)).size).toBe(4);
    }
  });

  it('returns the four groups in order and counts only hard overdue items for the badge', () => {
    const items = [
      item(NOW - DAY),
      item(NOW - DAY, false),
      item(NOW + HOUR),
      item(NOW + 3 * DAY),
      item(NOW + 30 * DAY),
    ];
    const groups = groupQueue(items, NOW, 'UTC');
    expect(groups.map((group) => [group.title, group.items.length])).toEqual([
      ['Overdue', 1],
      ['Today', 2],
      ['This week', 1],
      ['Later', 1],
    ]);
    expect(overdueCount(items, NOW, 'UTC')).toBe(1);
    // Due an hour ago, today: not on the badge.
    expect(overdueCount([item(NOW - HOUR)], NOW, 'UTC')).toBe(0);
  });
});

describe('one row per person', () => {
  const at = (dueAt: number, contactId: string, hard = true, key = `${contactId}:${dueAt}`) =>
    ({ key, dueAt, hard, priority: 2, contactId, contactName: contactId, profileUrl: '' }) as FollowUpItem;

  it('puts a promise and a meeting with the same person in one row, in the group of the most pressing', () => {
    const groups = groupRows(
      [at(NOW + 3 * DAY, 'ada'), at(NOW - 2 * DAY, 'ada'), at(NOW + 30 * DAY, 'bo')],
      NOW,
      'UTC',
    );
    expect(
      groups.map((group) => [group.id, group.rows.map((row) => [row.contactId, row.items.length])]),
    ).toEqual([
      ['overdue', [['ada', 2]]],
      ['later', [['bo', 1]]],
    ]);
    expect(groups[0]?.rows[0]?.items[0]?.dueAt).toBe(NOW - 2 * DAY);
  });

  it('lists a person under Overdue whenever the badge counts them: a late promise outranks an older suggestion', () => {
    // A soft suggestion from three days ago waits in Today; the hard promise due yesterday is late.
    const items = [at(NOW - 3 * DAY, 'ada', false), at(NOW - DAY, 'ada'), at(NOW + DAY, 'bo')];
    const groups = groupRows(items, NOW, 'UTC');
    const overdue = groups.find((group) => group.id === 'overdue');
    expect(overdue?.rows.map((row) => row.contactId)).toEqual(['ada']);
    expect(overdue?.rows.length).toBe(overdueCount(items, NOW, 'UTC'));
    // The row says to do the late thing first, and still carries the suggestion.
    expect(overdue?.rows[0]?.items.map((item) => [item.dueAt, item.hard])).toEqual([
      [NOW - DAY, true],
      [NOW - 3 * DAY, false],
    ]);
  });

  it('gives the same rows for a queue in due order (not sorted again) as for the same items in any order', () => {
    const inOrder = [
      at(NOW - 3 * DAY, 'ada', false),
      at(NOW - 2 * DAY, 'bo'),
      at(NOW - DAY, 'ada'),
      at(NOW + HOUR, 'cy'),
      at(NOW + 2 * DAY, 'bo'),
      at(NOW + 9 * DAY, 'di'),
    ];
    const rowsOf = (items: FollowUpItem[]) =>
      groupRows(items, NOW, 'UTC').map((group) => [
        group.id,
        group.rows.map((row) => [row.contactId, ...row.items.map((item) => item.dueAt)]),
      ]);
    const grouped = rowsOf(inOrder);
    expect(grouped).toEqual([
      [
        'overdue',
        [
          ['ada', NOW - DAY, NOW - 3 * DAY],
          ['bo', NOW - 2 * DAY, NOW + 2 * DAY],
        ],
      ],
      ['today', [['cy', NOW + HOUR]]],
      ['later', [['di', NOW + 9 * DAY]]],
    ]);
    expect(rowsOf([...inOrder].reverse())).toEqual(grouped);
    expect(rowsOf([inOrder[3]!, inOrder[0]!, inOrder[5]!, inOrder[2]!, inOrder[1]!, inOrder[4]!])).toEqual(
      grouped,
    );
  });

  it('counts people, not reasons, on the badge: two overdue promises to Ada are one', () => {
    const items = [at(NOW - 2 * DAY, 'ada'), at(NOW - DAY, 'ada'), at(NOW - DAY, 'bo'), at(NOW + DAY, 'cy')];
    expect(overdueCount(items, NOW, 'UTC')).toBe(2);
  });

  it('says when in a word: late, today, tomorrow or the date', () => {
    expect(dueLabel(at(NOW - 2 * DAY, 'a'), NOW, 'UTC')).toBe('2 days late');
    expect(dueLabel(at(NOW - DAY, 'a'), NOW, 'UTC')).toBe('1 day late');
    expect(dueLabel(at(NOW - HOUR, 'a'), NOW, 'UTC')).toBe('Today');
    expect(dueLabel(at(NOW - 3 * DAY, 'a', false), NOW, 'UTC')).toBe('Today');
    expect(dueLabel(at(NOW + DAY, 'a'), NOW, 'UTC')).toBe('Tomorrow');
    expect(dueLabel(at(NOW + 3 * DAY, 'a'), NOW, 'UTC')).toMatch(/13 Jun/);
  });
});
