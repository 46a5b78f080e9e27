import { describe, expect, it } from 'vitest';
import { analyzeTone, type Situation, type SocialProof, type ToneContext } from '../../../lib/tone';
import { hintsOf } from './helpers';

// Issue 16: "a first message to a stranger that could name a shared connection or group suggests it"
// (whitepaper: Social Proof and Validation). The background gives `socialProof` only for 2nd/3rd-degree people.

const MUTUALS: SocialProof = {
  people: ['Ada Lindqvist', 'Tomás García'],
  groups: [
    {
      name: 'AGH University of Science and Technology',
      text: 'You both studied at AGH University of Science and Technology',
    },
  ],
};
const NOA: ToneContext = {
  recipientName: 'Noa Levi',
  kind: 'message',
  position: 'first',
  socialProof: MUTUALS,
};
const COLD =
  'Hi Noa, I lead research at a small analytics studio and follow your work on survey design. What are you exploring next?';

const hint = (text: string, context: ToneContext = NOA) => hintsOf('social-proof', text, context);

describe('social-proof hint', () => {
  it('suggests the best mutual by name in a cold first message, and underlines its first sentence', () => {
    const [found, ...more] = hint(COLD);
    expect(more).toEqual([]);
    expect(found?.message).toBe(
      'Name someone you both know: Ada Lindqvist (or Tomás García) is a mutual connection; say how you know them.',
    );
    expect(found?.covers).toBe(
      'Hi Noa, I lead research at a small analytics studio and follow your work on survey design.',
    );
    expect(found?.section).toBe('Social Proof');
  });

  it.each([
    ['the first mutual by full name', 'Hi Noa, Ada Lindqvist suggested I write to you about survey design.'],
    ['a mutual by first name', 'Hi Noa, Ada mentioned your survey work when we spoke last week.'],
    ['a mutual by surname, possessive', "Hi Noa, I saw Lindqvist's post about your survey tool."],
    ['the second mutual without his accent', 'Hi Noa, Tomas Garcia and I worked together at Globex.'],
    ['the shared school', 'Hi Noa, fellow AGH alum here, I follow your work on survey design.'],
    [
      'a mutual, all in lower case',
      'hi noa, ada told me about your survey work and i would love to hear more',
    ],
  ])('goes once the draft names %s', (_, text) => {
    expect(hint(text)).toEqual([]);
  });

  it.each<[string, ToneContext]>([
    ['a reply', { ...NOA, position: 'reply', previous: 'Thanks for connecting!' }],
    ['a nudge', { ...NOA, position: 'nudge' }],
    ['a thank-you', { ...NOA, situation: 'thanks' }],
    ['a comment', { ...NOA, kind: 'comment', position: undefined }],
    [
      'no shared connection known (a 1st-degree contact, or nothing shared)',
      { ...NOA, socialProof: undefined },
    ],
    ['nothing to name', { ...NOA, socialProof: { people: [], groups: [] } }],
  ])('says nothing in %s', (_, context) => {
    expect(hint(COLD, context)).toEqual([]);
  });

  it.each<Situation>(['first-message', 'connection-note', 'inmail'])('speaks in a %s', (situation) => {
    expect(hint(COLD, { ...NOA, situation })).toHaveLength(1);
  });

  it('waits for a sentence: a greeting alone is not yet a message', () => {
    expect(hint('Hi Noa,')).toEqual([]);
  });

  it('does not count a common word as the name ("I will" is not Will Ortiz)', () => {
    const context = { ...NOA, socialProof: { people: ['Will Ortiz'], groups: [] } };
    expect(
      hint('Hi Noa, I will be in Lisbon next week and would love to hear about your survey work.', context),
    ).toHaveLength(1);
    expect(hint('Hi Noa, Will told me about your survey work.', context)).toEqual([]);
  });

  it('does not take the recipient’s own first name for the mutual who shares it', () => {
    const context = {
      ...NOA,
      recipientName: 'Ada Byrne',
      socialProof: { people: ['Ada Lindqvist'], groups: [] },
    };
    expect(
      hint('Hi Ada, I follow your work on survey design and would love to hear more.', context)[0]?.message,
    ).toMatch(/Ada Lindqvist is a mutual connection/);
    expect(hint('Hi Ada, Ada Lindqvist says hello and suggested I write.', context)).toEqual([]);
  });

  it('suggests a shared group when no mutual connection is known', () => {
    const context = { ...NOA, socialProof: { people: [], groups: MUTUALS.groups } };
    expect(hint(COLD, context)[0]?.message).toBe(
      'Mention what you share: you both studied at AGH University of Science and Technology.',
    );
    // "University" alone is not the group: every school has one.
    expect(hint('Hi Noa, I loved your university lecture on survey design.', context)).toHaveLength(1);
  });

  it('is shown among the three hints of a cold message', () => {
    const report = analyzeTone(
      'Hi Noa, I would love to connect with you and learn more about your work.',
      NOA,
    );
    expect(report.hints.map((h) => h.ruleId)).toContain('social-proof');
  });

  it('leaves the mutual to this hint: the personal-reference hint suggests the next specific instead', () => {
    const specifics = [
      { label: 'Mutual connection', text: 'You both know Ada Lindqvist' },
      { label: 'Shared school', text: 'AGH' },
    ];
    const text = 'Hi Noa, I would love to connect.';
    const alone = { ...NOA, socialProof: undefined, specifics };
    expect(hintsOf('personal-reference', text, alone)[0]?.message).toMatch(
      /mutual connection: You both know Ada/,
    );
    expect(hintsOf('personal-reference', text, { ...NOA, specifics })[0]?.message).toMatch(
      /for instance shared school: AGH\.$/,
    );
  });

  it('can be switched off like every tone rule', () => {
    const report = analyzeTone(COLD, { ...NOA, disabledRules: ['tone:social-proof'] });
    expect(report.hints.map((h) => h.ruleId)).not.toContain('social-proof');
  });
});
