import { describe, expect, it } from 'vitest';
import { exchangeOf } from '../../../lib/engine/exchange';
import { computeLedger } from '../../../lib/engine/ledger';
import type { Interaction } from '../../../lib/schema/interaction';
import { DAY, interaction } from './factories';

const NOW = Date.UTC(2026, 5, 1, 12);

describe('exchangeOf', () => {
  it.each([
    [{ kind: 'helped', exchange: 'none' }, 'give'],
    [{ kind: 'intro', exchange: 'none' }, 'give'],
    [{ kind: 'shared', exchange: 'none' }, 'give'],
    [{ kind: 'asked', exchange: 'none' }, 'ask'],
    [{ kind: 'thanked', exchange: 'none' }, 'thanks'],
    [{ kind: 'message-sent', exchange: 'none', intent: 'ask' }, 'ask'],
    [{ kind: 'message-received', exchange: 'none', intent: 'give' }, 'give'],
    [{ kind: 'message-sent', exchange: 'none', intent: 'follow-up' }, 'none'],
    [{ kind: 'message-sent', exchange: 'none' }, 'none'],
    [{ kind: 'met', exchange: 'none', intent: 'ask' }, 'none'],
    [{ kind: 'call', exchange: 'give' }, 'give'],
    [{ kind: 'helped', exchange: 'ask' }, 'ask'],
  ] as const)('%o counts as %s', (fields, expected) => {
    expect(exchangeOf(fields as Pick<Interaction, 'kind' | 'exchange' | 'intent'>)).toBe(expected);
  });
});

describe('computeLedger', () => {
  const cases: { name: string; log: Interaction[]; since?: number; expected: Record<string, unknown> }[] = [
    {
      name: 'an empty history',
      log: [],
      expected: { me: { gave: 0, asked: 0, thanked: 0 }, asksSinceMyLastGive: 0, lastGiveAt: null },
    },
    {
      name: 'two asks after a give, counted in time order whatever the input order',
      log: [
        interaction({ kind: 'asked', at: NOW - 1 * DAY }),
        interaction({ kind: 'helped', at: NOW - 10 * DAY }),
        interaction({ kind: 'message-sent', intent: 'ask', at: NOW - 2 * DAY }),
      ],
      expected: { me: { gave: 1, asked: 2, thanked: 0 }, asksSinceMyLastGive: 2, lastGiveAt: NOW - 10 * DAY },
    },
    {
      name: 'a give after the asks resets the count',
      log: [
        interaction({ kind: 'asked', at: NOW - 3 * DAY }),
        interaction({ kind: 'shared', at: NOW - DAY }),
      ],
      expected: { asksSinceMyLastGive: 0, lastGiveAt: NOW - DAY, firstAskAt: NOW - 3 * DAY },
    },
    {
      name: 'their gives and asks go to their side and do not reset mine',
      log: [
        interaction({ kind: 'asked', at: NOW - 3 * DAY }),
        interaction({ kind: 'helped', actor: 'them', at: NOW - 2 * DAY }),
        interaction({ kind: 'message-received', actor: 'them', intent: 'ask', at: NOW - DAY }),
      ],
      expected: { them: { gave: 1, asked: 1, thanked: 0 }, asksSinceMyLastGive: 1 },
    },
    {
      name: 'interactions dated in the future are ignored',
      log: [interaction({ kind: 'helped', at: NOW + DAY }), interaction({ kind: 'asked', at: NOW })],
      expected: { me: { gave: 0, asked: 1, thanked: 0 }, lastGiveAt: null },
    },
    {
      name: 'the window leaves out older interactions',
      log: [
        interaction({ kind: 'helped', at: NOW - 100 * DAY }),
        interaction({ kind: 'asked', at: NOW - DAY }),
      ],
      since: NOW - 30 * DAY,
      expected: { me: { gave: 0, asked: 1, thanked: 0 }, lastGiveAt: null, asksSinceMyLastGive: 1 },
    },
  ];

  it.each(cases)('$name', ({ log, since, expected }) => {
    expect(computeLedger(log, { now: NOW, sinceMs: since })).toMatchObject(expected);
  });

  it.each([
    [[], 'No gives or asks yet'],
    [
      [interaction({ kind: 'asked', at: NOW - DAY }), interaction({ kind: 'asked', at: NOW })],
      'Offer something',
    ],
    [[interaction({ kind: 'helped', at: NOW })], 'You have been generous'],
    [[interaction({ kind: 'helped', actor: 'them', at: NOW })], 'return it'],
  ])('summarises the balance in plain words (%#)', (log, phrase) => {
    expect(computeLedger(log, { now: NOW }).summary).toContain(phrase);
  });
});
