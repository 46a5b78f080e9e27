import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../lib/schema/commitment';
import type { Interaction } from '../../../lib/schema/interaction';
import { type IntroducerInput, rankIntroducers } from '../../../lib/social/intro-ranking';
import { commitment, contact, DAY, interaction } from '../engine/factories';

const NOW = Date.UTC(2026, 5, 15, 12);
const ZONE = 'Europe/Stockholm';

/** A mutual connection with a history given as [kind, actor, days ago] rows. */
function introducer(
  id: string,
  rows: [Interaction['kind'], Interaction['actor'], number][],
  commitments: Commitment[] = [],
): IntroducerInput {
  const interactions = rows.map(([kind, actor, daysAgo]) =>
    interaction({ contactId: id, kind, actor, at: NOW - daysAgo * DAY }),
  );
  const last = Math.max(0, ...interactions.map((i) => i.at));
  return {
    contact: contact({ id, name: `${id[0]!.toUpperCase()}${id.slice(1)} Person`, lastInteractionAt: last }),
    interactions,
    commitments,
  };
}

describe('rankIntroducers', () => {
  it.each<[string, IntroducerInput[], string[]]>([
    [
      'recent beats long quiet',
      [introducer('old', [['met', 'me', 400]]), introducer('fresh', [['met', 'me', 10]])],
      ['fresh', 'old'],
    ],
    [
      'in your favour beats merely recent',
      [
        introducer('even', [['message-sent', 'me', 5]]),
        introducer('giver', [
          ['message-sent', 'me', 20],
          ['helped', 'me', 30],
          ['shared', 'me', 60],
        ]),
      ],
      ['giver', 'even'],
    ],
    [
      'a second ask in a row ranks below someone equally recent',
      [
        introducer('asked', [
          ['met', 'me', 15],
          ['asked', 'me', 14],
        ]),
        introducer('clean', [['met', 'me', 15]]),
      ],
      ['clean', 'asked'],
    ],
    [
      'ties go to the name, so the order never flickers',
      [introducer('bo', [['met', 'me', 10]]), introducer('al', [['met', 'me', 10]])],
      ['al', 'bo'],
    ],
    ['nobody known, nobody ranked', [], []],
  ])('%s', (_, inputs, order) => {
    expect(rankIntroducers(inputs, NOW, ZONE).ranked.map((r) => r.contact.id)).toEqual(order);
  });

  it.each<[string, IntroducerInput, RegExp]>([
    [
      'help not yet thanked',
      introducer('helper', [['helped', 'them', 10]]),
      /You owe Helper a thank-you for their help on/,
    ],
    [
      'a favour not returned this year',
      introducer('generous', [
        ['helped', 'them', 200],
        ['thanked', 'me', 199],
        ['intro', 'them', 150],
        ['thanked', 'me', 149],
      ]),
      /Generous has given 2 more times than you this year: return the favour first/,
    ],
    [
      'a promise past due',
      introducer(
        'promised',
        [['met', 'me', 5]],
        [commitment({ contactId: 'promised', by: 'me', dueAt: NOW - DAY })],
      ),
      /You promised Promised “Send the deck”: keep that promise/,
    ],
  ])('never someone you owe: %s', (_, input, settle) => {
    const { ranked, held } = rankIntroducers([input, introducer('other', [['met', 'me', 30]])], NOW, ZONE);
    expect(ranked.map((r) => r.contact.id)).toEqual(['other']);
    expect(held).toHaveLength(1);
    expect(held[0]!.settleFirst).toMatch(settle);
  });

  it('help already thanked, a favour returned and a promise kept hold no one back', () => {
    const input = introducer(
      'settled',
      [
        ['helped', 'them', 10],
        ['thanked', 'me', 9],
        ['shared', 'me', 8],
      ],
      [commitment({ contactId: 'settled', by: 'me', dueAt: NOW - DAY, status: 'kept' })],
    );
    expect(rankIntroducers([input], NOW, ZONE).held).toEqual([]);
  });

  it('says why, in plain words', () => {
    const [first] = rankIntroducers(
      [
        introducer('giver', [
          ['met', 'me', 12],
          ['helped', 'me', 30],
          ['shared', 'me', 60],
        ]),
      ],
      NOW,
      ZONE,
    ).ranked;
    expect(first!.reasons).toEqual([
      'In touch 12 days ago',
      'In your favour: you gave 2, asked 0, they gave 0',
      '3 exchanges on record',
    ]);
  });
});
