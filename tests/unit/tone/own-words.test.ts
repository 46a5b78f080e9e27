import { describe, expect, it } from 'vitest';
import { analyzeTone, type ToneContext } from '../../../lib/tone';
import { hintsOf } from './helpers';

// Rapport must not flag its own words: a suggestion, once applied, leaves fewer marks of its rule, never more.

const DRAFTS = [
  'Hi Ines, sorry to bother you, but could you send me the slides ASAP?',
  'hi, i just wanted to ask if u could maybe share the deck? thx',
  'Loved your post on pricing. Could you introduce me to your CTO?',
  'Hello, I am no expert, but this is a silly question: how do you plan sprints?',
  'Dear Sir, please accept my invitation. You must reply right away.',
];
const CONTEXT: ToneContext = { recipientName: 'Ines Duarte', company: 'Lumen' };

function applyFirstSuggestion(text: string, context: ToneContext) {
  const hint = analyzeTone(text, context).hints.find((h) => h.suggestion !== undefined);
  if (!hint) return null;
  return { ruleId: hint.ruleId, text: text.slice(0, hint.start) + hint.suggestion + text.slice(hint.end) };
}

describe("Rapport's own words", () => {
  it.each(DRAFTS)('applying each suggestion in %j raises no new hint of the same rule', (draft) => {
    let text = draft;
    for (let step = 0; step < 10; step++) {
      const before = analyzeTone(text, CONTEXT).hints;
      const applied = applyFirstSuggestion(text, CONTEXT);
      if (!applied) break;
      const marksBefore = before.find((h) => h.ruleId === applied.ruleId)?.marks.length ?? 0;
      const after = analyzeTone(applied.text, CONTEXT).hints.find((h) => h.ruleId === applied.ruleId);
      expect(after?.marks.length ?? 0).toBeLessThan(marksBefore);
      text = applied.text;
    }
  });
});

describe('inserted suggestions fit the sentence', () => {
  // The rule's own finding, whether or not it is among the three hints shown.
  const fix = (text: string, ruleId: string, context: ToneContext) => {
    const hint = hintsOf(ruleId, text, context)[0];
    expect(hint?.suggestion).toBeDefined();
    return text.slice(0, hint!.start) + hint!.suggestion + text.slice(hint!.end);
  };
  const sri = { recipientName: 'Sri Raman', situation: 'first-message' } as const;

  it('a greeting put before a sentence lower-cases the word that opened it', () => {
    expect(fix('Sorry to bother you, could you share the deck?', 'greeting', sri)).toBe(
      'Hi Sri, sorry to bother you, could you share the deck?',
    );
  });

  it('keeps the capital of "I", an acronym and a name the context knows', () => {
    expect(fix("I'm Ana from the data team; could we talk?", 'greeting', sri)).toMatch(/^Hi Sri, I'm Ana/);
    expect(fix('AWS credits are what I am after: could we talk?', 'greeting', sri)).toMatch(/^Hi Sri, AWS/);
    expect(fix('Lumen is hiring, could we talk?', 'greeting', { ...sri, company: 'Lumen' })).toMatch(
      /^Hi Sri, Lumen is/,
    );
  });

  it('the name replaces a stand-in ("Hello there"), it does not precede it', () => {
    expect(fix('Hello there, could you share the deck?', 'recipient-name', sri)).toBe(
      'Hello Sri, could you share the deck?',
    );
  });
});
