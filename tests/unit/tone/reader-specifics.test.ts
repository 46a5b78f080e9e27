import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../../lib/tone';
import { createAnalyzer } from '../../../lib/tone/analyze';
import type { JudgementWeights } from '../../../lib/tone/judgement/model';
import { shippedJudgement } from '../../../lib/tone/model/models';
import { readerSpecifics } from '../../../lib/tone/reader-specifics';
import { readDraft } from '../../../lib/tone/text/draft';

const specifics = (text: string) => readerSpecifics(readDraft(text));
const named = (text: string) => {
  const draft = readDraft(text);
  return readerSpecifics(draft).map((found) => [found.kind, draft.text.slice(found.start, found.end)]);
};

// Invented messages: what a reviewer with the rubric's personal_reference ("something specific to this reader or to
// a shared history: their work, a post, where they met, a mutual contact") would point at, and what they would not.
describe('what a draft names of this reader (reader-specifics)', () => {
  it('finds where they met and what they discussed', () => {
    expect(named('Great meeting you at the Lisbon meetup last week.')).toEqual([
      ['shared-history', 'Great meeting'],
    ]);
    expect(named('Further to our discussion on the phone, here is the brief.')).toEqual([
      ['shared-history', 'Further to our'],
    ]);
    expect(named('I spoke to you at the fair about the data team.')).toEqual([
      ['shared-history', 'spoke to you'],
    ]);
    expect(named('I reached out because we are both Leeds alumni.')).toEqual([
      ['shared-history', 'alumni'],
      ['their-news', 'we are both'],
    ]);
  });

  it('finds their work: "your" and something they made, up to two words on', () => {
    expect(named('Your recent post on pricing pages made me rethink ours.')).toEqual([
      ['their-news', 'Your recent'],
      ['their-work', 'Your recent post'],
    ]);
    expect(named('I also started your chip video, it is great.')).toEqual([
      ['their-work', 'your chip video'],
    ]);
    expect(named('Thanks for your website, our clinic uses it.')).toEqual([['their-work', 'your website']]);
  });

  it('finds their work in what they are thanked for: "thanks for the talk" is their talk', () => {
    expect(named('Thanks for the talk on routing engines yesterday, it was sharp.')).toEqual([
      ['their-work', 'the talk'],
    ]);
    expect(named('Thank you for the detailed article on pricing.')).toEqual([
      ['their-work', 'the detailed article'],
    ]);
  });

  it('finds their work said another way: "a post of yours", where they worked', () => {
    expect(named('A certain post of yours kept me up all night.')).toEqual([['their-work', 'post of yours']]);
    expect(named('Since you have worked with Northwind, what is it like?')).toEqual([
      ['their-work', 'you have worked'],
    ]);
  });

  it('finds their news and a mutual contact', () => {
    expect(named('I met Sefa at your stand at the fair.')).toEqual([['shared-history', 'I met']]);
    expect(named('Congrats on starting at Northwind!')).toEqual([['their-news', 'Congrats on']]);
    // Their new job, said as theirs.
    expect(named('Congrats on the new role!')).toEqual([['their-news', 'Congrats on']]);
    expect(named('How is your new role going?')).toEqual([['their-news', 'your new']]);
    expect(named('Priya suggested I write to you about the role.')).toEqual([
      ['mutual-contact', 'suggested I'],
    ]);
  });

  it.each([
    // LinkedIn's own prompts: sent to everyone on the day it suggests.
    'Happy birthday!',
    'Congratulations on your work anniversary at Northwind!',
    'Congrats on celebrating 2 years at Northwind!',
    // Small talk any acquaintance sends.
    'Hi Sam, how have you been?',
    "How's it going? Let's catch up soon.",
    // About the writer, not the reader.
    'I am a third-year student at Leeds looking for an internship in data.',
    'I would love to connect and grow my network.',
    // "your" with nothing they made.
    'Thank you for your time and consideration.',
    // Thanked for something that is not a work of theirs.
    'Thanks for the add!',
    'Thank you for the opportunity to apply.',
    'I sent the talk slides to the team.',
    'Could you share a few examples of your best work?',
    'I look forward to hearing from you.',
    // The ask for an introduction names no one they both know.
    'Could you introduce me to your CTO?',
    'I worked at Northwind for five years.',
    // A new job, and whose it is unsaid: here the writer's.
    "I'm not actively looking for a new role at this time, but I'd welcome the conversation.",
    'I hope to find a new job in logistics this spring.',
    '',
  ])('names nothing of the reader: %j', (text) => expect(specifics(text)).toEqual([]));

  it('gives an ask its context: naming a mutual contact is not an ask with nothing given', () => {
    const context = { kind: 'message', position: 'first', recipientName: 'Tom' } as const;
    // The learned flag alone calls this one an ask with nothing given (0.76 against 0.35 with the shipped weights).
    const referred = analyzeTone(
      'Hi Tom,\nPriya suggested I write to you.\nI am looking for a finance role in logistics.\nCould you refer me for the analyst opening at your company?',
      context,
    );
    expect(referred.flags.ask_without_give).toBe(false);
    expect(referred.hints.map((hint) => hint.ruleId)).not.toContain('ask-before-give');
    const cold = analyzeTone(
      'Dear Tom,\nI am looking for a finance role in logistics.\nIf you know of an opening, kindly send me the details.\nRegards.',
      context,
    );
    expect(cold.flags.ask_without_give).toBe(true);
  });

  const ABOUT_HER_ARTICLE =
    'Hi Ana, I read your article on onboarding and tried the checklist with my team. What would you change for a team of five?';
  const TO_ANA = { kind: 'message', position: 'first', recipientName: 'Ana' } as const;

  it('makes the personal-reference flag and hides its hint', () => {
    const specific = analyzeTone(ABOUT_HER_ARTICLE, TO_ANA);
    expect(specific.flags.personal_reference).toBe(true);
    expect(specific.hints.map((hint) => hint.ruleId)).not.toContain('personal-reference');
  });

  it('finds nothing personal in a text the user sent unchanged to others', () => {
    const sent = analyzeTone(ABOUT_HER_ARTICLE, { ...TO_ANA, sameTextSentTo: 3 });
    expect(sent.flags.personal_reference).toBe(false);
    expect(sent.flags.generic).toBe(true);
  });
});

// Invented messages, judged with weights whose learned personal_reference flag says yes to everything (threshold 0):
// where the words are not this reader's, only what reader-specifics.ts names may still make the message personal.
describe('where the words are not written for this reader, the learned guess does not hold', () => {
  const shipped = shippedJudgement();
  const eager: JudgementWeights = {
    ...shipped,
    flags: { ...shipped.flags, personal_reference: { ...shipped.flags.personal_reference, threshold: 0 } },
  };
  const analyze = createAnalyzer(eager);
  const FIRST = { kind: 'message', position: 'first', recipientName: 'Kamala' } as const;
  const personal = (text: string, sameTextSentTo = 0) =>
    analyze(text, { ...FIRST, sameTextSentTo }).flags.personal_reference;

  it.each([
    ['a text the user also sent to one other person', 'Hi Kamala, how are things at Contoso these days?', 1],
    [
      'a one-line work-anniversary congratulation',
      'Congrats on your 5 year work anniversary at Northwind!',
      0,
    ],
    ['a one-line birthday wish', 'Happy birthday Kamala!', 0],
    [
      'an application in the lines people paste to anyone',
      'Dear Kamala, I hope this message finds you well. I am writing to express my interest in the analyst role at Northwind Traders.',
      0,
    ],
  ] as const)('drops it for %s', (_, text, sent) => {
    expect(personal(text, sent)).toBe(false);
  });

  it.each([
    ['the same text sent to no one else', 'Hi Kamala, how are things at Contoso these days?', 0],
    // Two people may each have had a call with the writer: the reference is named, so it holds.
    [
      'a named shared history, sent to one other too',
      'Hi Kamala, further to our call on Monday, here is the deck.',
      1,
    ],
    ['a congratulation on news LinkedIn does not prompt', 'Congrats on the launch of the Northwind app!', 0],
    [
      'a pasted opening line beside a named shared history',
      'I hope this message finds you well. Great meeting you at the Leeds meetup on Tuesday.',
      0,
    ],
    [
      'an anniversary wish with a line of its own',
      'Congrats on 5 years at Northwind! How is the payments team doing?',
      0,
    ],
  ] as const)('keeps it for %s', (_, text, sent) => {
    expect(personal(text, sent)).toBe(true);
  });
});
