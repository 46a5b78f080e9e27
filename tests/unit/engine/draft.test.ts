import { describe, expect, it } from 'vitest';
import { followUpDraft, toMention } from '../../../lib/engine/draft';
import type { FollowUpItem } from '../../../lib/engine/types';
import { contact, HOUR, interaction, queueOf } from './factories';

const NOW = Date.parse('2026-06-10T10:00:00Z');

function itemFor(kind: 'met' | 'helped', context: string) {
  const [item] = queueOf({
    contacts: [
      contact({
        id: 'ada',
        name: 'Ada Lindqvist',
        title: 'Staff Engineer',
        company: 'Norrsken Labs',
        notes: 'Moving to Oslo\nLoves sailing',
      }),
    ],
    interactions: [interaction({ kind, actor: kind === 'met' ? 'me' : 'them', at: NOW - HOUR, context })],
    now: NOW,
  });
  if (!item) throw new Error('expected an item');
  return item;
}

describe('followUpDraft', () => {
  it('greets by first name, writes in where you met and ends on an open question', () => {
    expect(followUpDraft(itemFor('met', 'Web Summit'))).toBe(
      [
        'Hi Ada,',
        '',
        'It was good to meet you at Web Summit, and I enjoyed our conversation.',
        '',
        'What are you focusing on these days?',
      ].join('\n'),
    );
  });

  it('leaves no bracketed placeholder in any kind of draft', () => {
    const met = itemFor('met', 'Web Summit');
    for (const ruleId of [
      'meeting-follow-up',
      'thanks-owed',
      'promise-due',
      'cadence',
      'weak-tie',
    ] as const) {
      const draft = followUpDraft({ ...met, ruleId });
      expect(draft, ruleId).not.toMatch(/[[\]]/);
      expect(draft, ruleId).not.toMatch(/\b(their role|your last note|what they shared)\b/i);
    }
  });

  it('lists what it did not write in beside the draft', () => {
    const mention = toMention(itemFor('met', 'Web Summit')).map((entry) => entry.label);
    expect(mention).toContain('Your last note');
    expect(mention).not.toContain('Where you met');
  });

  it('opens a thank-you with thanks for what they shared, and does not close with the intro question', () => {
    const thanks = itemFor('helped', 'a review of my CV');
    const draft = followUpDraft(thanks);
    expect(draft).toContain('Thank you for your help (a review of my CV).');
    const close = (text: string) => text.split('\n').at(-1);
    expect(close(draft)).not.toBe(close(followUpDraft(itemFor('met', 'Web Summit'))));
  });

  it('ends every kind of draft differently', () => {
    const met: FollowUpItem = itemFor('met', 'Web Summit');
    const closes = (['meeting-follow-up', 'thanks-owed', 'promise-due', 'cadence', 'weak-tie'] as const).map(
      (ruleId) =>
        followUpDraft({ ...met, ruleId })
          .split('\n')
          .at(-1),
    );
    expect(new Set(closes).size).toBe(closes.length);
  });
});
