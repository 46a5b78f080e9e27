import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { possiblePromiseSummaries, summarisePromise } from '../../../lib/privacy/promise-summary';

describe('summarisePromise', () => {
  it.each([
    ["I'll send you the deck by Friday", 'send a document'],
    ['I will share the link to the recording', 'share a link'],
    ["I'll introduce you to my colleague Priya", 'make an introduction'],
    ['We’ll set up a call next week', 'arrange a meeting'],
    ["I'll get back to you on Monday", 'follow up'],
    ['Let me check with the hiring manager', 'check something'],
    ["I'll send over my feedback on your draft", 'send feedback'],
    ["I'm going to read your paper tonight", 'review a document'],
    ['I promise', 'do what was promised'],
    ['I will happily write you a recommendation', 'follow up'],
  ])('%s → %s', (promise, summary) => {
    expect(summarisePromise(promise)).toBe(summary);
  });

  const possible = possiblePromiseSummaries();

  it('only ever answers with one of its own phrases, whatever the text', () => {
    const vocabulary = fc.constantFrom(
      'send',
      'deck',
      'I’ll',
      'call',
      'set',
      'link',
      'intro',
      'you',
      'Priya',
      'review',
      'feedback',
      'follow',
      'up',
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(vocabulary, fc.string()), { maxLength: 12 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, (promise) => {
        expect(possible.has(summarisePromise(promise))).toBe(true);
      }),
    );
  });

  it('never carries a name, number or word the user wrote that is not in its vocabulary', () => {
    const summary = summarisePromise("I'll send Jane Doe the Q3 figures (+44 7700 900123) by Friday 5pm");
    expect(summary).toBe('send an update');
    expect(summary).not.toMatch(/Jane|Doe|Q3|7700|Friday/);
  });
});
