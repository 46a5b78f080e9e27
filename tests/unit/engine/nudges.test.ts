import { describe, expect, it } from 'vitest';
import { computeNudges, type NudgeInputs } from '../../../lib/engine/nudges';
import { commitment, contact, DAY, interaction, settings } from './factories';

const NOW = Date.parse('2026-06-10T10:00:00Z');
const ada = contact({ id: 'ada', name: 'Ada', lastInteractionAt: NOW - DAY });
const march = Date.parse('2026-03-05T10:00:00Z');
const nudges = (overrides: Partial<NudgeInputs>) =>
  computeNudges({
    contact: ada,
    interactions: [],
    commitments: [],
    followUps: [],
    settings: settings(),
    now: NOW,
    timeZone: 'Europe/Stockholm',
    ...overrides,
  });

describe('computeNudges', () => {
  it('says to offer before asking, with the month of the last give', () => {
    const log = [
      interaction({ kind: 'shared', at: march }),
      interaction({ kind: 'asked', at: NOW - 20 * DAY }),
      interaction({ kind: 'message-sent', intent: 'ask', at: NOW - 2 * DAY }),
    ];
    expect(nudges({ interactions: log }).map((n) => n.text)).toEqual([
      'Offer something before you ask: you have asked twice and given nothing since March',
    ]);
  });

  it.each([
    { name: 'a single ask is fine', log: [interaction({ kind: 'asked', at: NOW - DAY })], ids: [] },
    {
      name: 'their gives outweigh mine',
      log: [interaction({ kind: 'helped', actor: 'them', at: NOW - 60 * DAY })],
      ids: ['return-favour'],
    },
    {
      name: 'a fresh intro asks for thanks first, then the balance',
      log: [interaction({ kind: 'intro', actor: 'them', at: NOW - DAY })],
      ids: ['thanks-owed', 'return-favour'],
    },
  ])('$name', ({ log, ids }) => {
    expect(nudges({ interactions: log }).map((n) => n.id)).toEqual(ids);
  });

  it('shows at most three, most pressing first, and every one says why', () => {
    const result = nudges({
      interactions: [
        interaction({ kind: 'met', at: NOW - DAY, context: 'a conference' }),
        interaction({ kind: 'asked', at: NOW - 3 * DAY }),
        interaction({ kind: 'asked', at: NOW - 2 * DAY }),
        interaction({ kind: 'helped', actor: 'them', at: NOW - 40 * DAY }),
      ],
      commitments: [commitment({ by: 'me', dueAt: NOW + 20 * DAY })],
    });
    expect(result.map((n) => n.id)).toEqual(['meeting-follow-up', 'ask-before-give', 'promise-due']);
    for (const nudge of result) expect(nudge.why).toMatch(/\w+ .*\./);
  });

  it('skips switched-off nudges', () => {
    const log = [
      interaction({ kind: 'asked', at: NOW - 2 * DAY }),
      interaction({ kind: 'asked', at: NOW - DAY }),
    ];
    expect(
      nudges({ interactions: log, settings: settings({ disabledRules: ['nudge:ask-before-give'] }) }),
    ).toEqual([]);
  });
});
