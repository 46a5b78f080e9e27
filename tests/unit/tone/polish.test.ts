import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../../lib/tone';
import { polishFeatures } from '../../../lib/tone/judgement/polish';
import { readDraft } from '../../../lib/tone/text/draft';

const polish = (text: string) => polishFeatures(readDraft(text));

// Invented messages: how finished a note looks (the rubric's professional 5, "polished").
describe('how finished a message looks (judgement polish features)', () => {
  it.each([
    'Hi Noor,\nThanks for the intro to the design team.\nBest,\nSam Okafor',
    'Dear Lena,\nI enjoyed your talk on payments.\nKind regards,\n- Tomas',
    'Hello Jun,\nHappy to share the deck.\nCheers\nPriya',
    'Good morning,\nthe files are attached.\nRegards.\nAda Lind, Recruiter',
  ])('signed: %j', (text) => expect(polish(text).signed).toBe(1));

  it.each([
    // A closing with no name under it.
    'Hi Noor,\nThanks for the intro to the design team.\nBest,',
    // The closing runs into the body: not on its own line.
    'Hi Noor, thanks for the intro, best regards to the team\nSam',
    // A last line that is a sentence, not a name.
    'Hi Noor,\nThanks!\nI will send the deck on Monday once the team has reviewed it.',
    // Lower-case "name": a sentence fragment, not a signature.
    'Thanks\nsee you soon',
    // One line only.
    'Best, Sam',
  ])('not signed: %j', (text) => expect(polish(text).signed).toBe(0));

  it('measures the share of lines that end as sentences do', () => {
    expect(polish('Hi Mia,\nThe report is attached.\nShall we talk on Friday?')['punctuated-lines']).toBe(1);
    expect(polish('hi mia\nreport attached\ntalk friday')['punctuated-lines']).toBe(0);
    expect(polish('Hi Mia,\nreport attached\nTalk Friday?\nok')['punctuated-lines']).toBe(0.5);
    expect(polish('')['punctuated-lines']).toBe(0);
  });

  it('rates a finished note more professional than the same words dashed off', () => {
    const context = { kind: 'message', position: 'first', recipientName: 'Mia' } as const;
    const finished = analyzeTone(
      'Hi Mia,\nThank you for the clear notes on the pricing study.\nI have added the two charts you asked for.\nBest,\nJo Brandt',
      context,
    );
    const dashed = analyzeTone(
      'Hi Mia\nThank you for the clear notes on the pricing study\nI have added the two charts you asked for\njo',
      context,
    );
    expect(finished.ratings.professional).toBeGreaterThan(dashed.ratings.professional);
  });
});
