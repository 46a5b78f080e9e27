import { describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS, readDraft } from '../../../lib/tone/text/draft';
import { tokenize } from '../../../lib/tone/text/tokenize';

describe('tokenize', () => {
  it('keeps contractions whole and folds curly apostrophes', () => {
    expect(tokenize('I’ll send it').map((t) => t.norm)).toEqual(["i'll", 'send', 'it']);
  });

  it('keeps an emoji with skin tone and ZWJ as one token', () => {
    const tokens = tokenize('Hi 👩🏽‍💻!');
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['Hi', 'word'],
      ['👩🏽‍💻', 'emoji'],
      ['!', 'punct'],
    ]);
  });

  it('reads letters of any script as words', () => {
    expect(tokenize('спасибо 山田 café').map((t) => t.kind)).toEqual(['word', 'word', 'word']);
  });
});

describe('sentences', () => {
  it('splits on terminal punctuation and line breaks, not after "Dr."', () => {
    const draft = readDraft('Hi Dr. Ortiz\nThanks for the call! Could we meet? Sure.');
    expect(draft.sentences.map((s) => draft.text.slice(s.start, s.end))).toEqual([
      'Hi Dr. Ortiz',
      'Thanks for the call!',
      'Could we meet?',
      'Sure.',
    ]);
    expect(draft.sentences.map((s) => s.isQuestion)).toEqual([false, false, true, false]);
  });

  it('maps sentence words back to their tokens', () => {
    const draft = readDraft('One two. Three four.');
    const second = draft.sentences[1]!;
    expect(draft.words[second.wordStart]?.text).toBe('Three');
  });

  it('analyses only the first 20,000 characters of a huge paste but keeps the full text', () => {
    const draft = readDraft('word '.repeat(20_000));
    expect(draft.text.length).toBe(100_000);
    expect(draft.analysed.length).toBe(MAX_ANALYSED_CHARS);
    expect(MAX_ANALYSED_CHARS).toBeGreaterThanOrEqual(8_000);
  });
});
