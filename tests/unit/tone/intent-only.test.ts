import { describe, expect, it } from 'vitest';
import { intentOnly } from '../../../lib/tone';
import { classifyIntent } from '../../../lib/tone/intent';
import { readTone } from '../../../lib/tone/reading';

const TEXTS = [
  'Could you share the pricing deck?',
  'Thanks so much for the introduction to your team!',
  'Any time. Here is the report I mentioned.',
  'Just following up on my note from last week, did you get a chance to look?',
  'Hi Dara, congrats on the launch! Would you have 20 minutes for a call?',
  'Sure, I will connect you with Sam.',
  'Great talk at the meetup - let us stay in touch.',
  'ok',
];

describe('intentOnly', () => {
  it.each(TEXTS)('is the phrase-and-ask-model intent on %j', (text) => {
    expect(intentOnly(text)).toBe(classifyIntent(readTone(text)).label);
  });

  it('gives no intent to a text without words', () => {
    expect(intentOnly('')).toBeUndefined();
    expect(intentOnly('!!! ...')).toBeUndefined();
  });
});
