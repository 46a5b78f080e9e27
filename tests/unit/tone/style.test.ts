import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../../lib/tone';
import { styleFeatures } from '../../../lib/tone/judgement/style';
import { readDraft } from '../../../lib/tone/text/draft';

const style = (text: string) => styleFeatures(readDraft(text));

describe('how a message is written (judgement style features)', () => {
  it('counts contractions with either apostrophe, capped at four', () => {
    expect(style("I'd love to hear more; I’m free Thursday.").contractions).toBe(2);
    expect(style('I would love to hear more; I am free Thursday.').contractions).toBe(0);
    expect(
      style("I'm sure it's fine, we're close, you've seen it, they'll come, don't worry").contractions,
    ).toBe(4);
  });

  it('sees texting forms, careless spacing and a greeting with no one in it', () => {
    const texting = style('Hello.\nplease see my profile and tell me if ok byeeeee , thanks !');
    expect(texting['elongated-words']).toBe(1);
    expect(texting['space-before-punctuation']).toBe(2);
    expect(texting['bare-greeting']).toBe(1);
    const careful = style('Hello Maya, thank you for the intro. Shall we talk on Friday?');
    expect(careful['elongated-words']).toBe(0);
    expect(careful['space-before-punctuation']).toBe(0);
    expect(careful['bare-greeting']).toBe(0);
  });

  it('finds contact details handed over, not dates or prices', () => {
    expect(style('My number is +44 20 7946 0958.')['contact-details']).toBe(1);
    expect(style('Write to me at maya.lin@example.org')['contact-details']).toBe(1);
    expect(style('My cell: 555-0100')['contact-details']).toBe(1);
    expect(style('Could we meet on 12.03.2025 at 10:30? It costs $40.')['contact-details']).toBe(0);
    expect(style('I was at Acme from 2019 - 2024.')['contact-details']).toBe(0);
  });

  it('reads interest in the reader, congratulations and appreciation', () => {
    const warm = style(
      'Congratulations on the launch! How are you finding the new team? I appreciate the note.',
    );
    expect(warm['asks-after-them']).toBe(1);
    expect(warm.congratulates).toBe(1);
    expect(warm.appreciation).toBe(1);
    const cold = style('Send your CV to the address below.');
    expect([cold['asks-after-them'], cold.congratulates, cold.appreciation]).toEqual([0, 0, 0]);
  });

  it('measures the longest sentence and the mean word length', () => {
    const runOn = `I ${'really '.repeat(40)}want this. Short one.`;
    expect(style(runOn)['longest-sentence']).toBeCloseTo(4.3, 1);
    expect(style('Hi Al, ok.')['word-length']).toBeCloseTo(6 / 3, 5);
    expect(style('')['word-length']).toBe(0);
  });
});

describe('the verdict says what the style features saw', () => {
  it('names a texting style against the draft, and congratulations and interest in the reader for it', () => {
    const texting = analyzeTone('hii can u see my profile and tell me if its ok byeeee');
    expect(texting.verdict.reasons).toContain(
      'it reads like a text message, not a note on a professional network',
    );
    const warm = analyzeTone(
      'Hi Maya, congratulations on the new role! How are you finding the team so far?',
      { recipientName: 'Maya' },
    );
    expect(warm.verdict.reasons).toEqual(
      expect.arrayContaining(['it congratulates them', 'it asks how they are']),
    );
    expect(warm.verdict.reasons).not.toContain(
      'it reads like a text message, not a note on a professional network',
    );
  });
});

describe('style features on hostile input', () => {
  it('reads one 20,000-letter word without a quadratic search (an address is bounded)', () => {
    const features = style(`${'a'.repeat(20_000)}@`);
    expect(features['contact-details']).toBe(0);
    expect(style(`${'a'.repeat(70)}@example.org`)['contact-details']).toBe(1);
  });
});
