import { describe, expect, it } from 'vitest';
import { followUpDraft } from '../../../lib/engine/draft';
import { computeQueue } from '../../../lib/engine/queue';
import { contact, HOUR, interaction, settings } from './factories';

const NOW = Date.parse('2026-06-10T10:00:00Z');

function itemFor(kind: 'met' | 'helped', context: string) {
  const [item] = computeQueue({
    contacts: [contact({ id: 'ada', name: 'Ada Lindqvist', notes: 'Moving to Oslo\nLoves sailing' })],
    interactions: [interaction({ kind, actor: kind === 'met' ? 'me' : 'them', at: NOW - HOUR, context })],
    commitments: [],
    followUps: [],
    settings: settings(),
    now: NOW,
    timeZone: 'UTC',
  });
  if (!item) throw new Error('expected an item');
  return item;
}

describe('followUpDraft', () => {
  it('greets by first name, says where you met, lists what to mention and ends on an open question', () => {
    expect(followUpDraft(itemFor('met', 'Web Summit'))).toBe(
      [
        'Hi Ada,',
        '',
        'It was good to meet you at Web Summit.',
        '[your last note: Loves sailing]',
        '',
        'What are you focusing on these days?',
      ].join('\n'),
    );
  });

  it('opens a thank-you with thanks, and keeps what they shared to mention', () => {
    const draft = followUpDraft(itemFor('helped', 'a review of my CV'));
    expect(draft).toContain('Thank you for your help.');
    expect(draft).toContain('[what they shared: a review of my CV]');
  });
});
