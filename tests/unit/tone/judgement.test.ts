import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../../lib/tone';

// Invented messages: the rare rubric flags (pressure, hype, over-apology, self-deprecation) appear in a handful
// of the judged messages only, so they are shown here, each with the judgement a reviewer would give.

describe('judgement of rare faults', () => {
  it('calls chasing and deadlines pressure, beyond a word list, and says the draft risks the relationship', () => {
    const report = analyzeTone('Hi Noor, did you see my message? I need an answer by end of day.', {
      position: 'nudge',
      recipientName: 'Noor',
    });
    expect(report.flags.pressure).toBe(true);
    expect(report.verdict.label).toBe('needs-work');
    expect(report.verdict.reasons).toContain('it pressures the reader');
    expect(report.hints[0]?.ruleId).toBe('pressure');
    expect(report.hints[0]?.marks.length).toBeGreaterThanOrEqual(2);
  });

  it('calls a pitch hype and never rates it professional', () => {
    const report = analyzeTone(
      "Hi Tomas! Our platform will 10x your pipeline. 50% off this week only. Don't miss out!",
      { recipientName: 'Tomas' },
    );
    expect(report.flags.hype).toBe(true);
    expect(report.ratings.professional).toBeLessThanOrEqual(2);
    expect(report.verdict.label).toBe('needs-work');
    expect(report.hints[0]?.ruleId).toBe('hype');
  });

  it.each([
    'Hi Ines, sorry to bother you. Sorry for the long note. I apologise for asking, and sorry again: ' +
      'could you tell me how you moved into product design?',
    "Sorry to bother you, Ines. I'm sorry this is out of the blue, and apologies if it's a bad time. Sorry! " +
      'I wanted to ask how you got into design.',
  ])('says four apologies need work, in one hint with four marks, of at most three hints: %s', (text) => {
    const report = analyzeTone(text, { recipientName: 'Ines' });
    expect(report.flags.over_apology).toBe(true);
    expect(report.verdict.label).toBe('needs-work');
    expect(report.verdict.reasons).toContain('it apologises more than it needs to');
    const apologies = report.hints.filter((hint) => hint.ruleId === 'over-apologising');
    expect(apologies).toHaveLength(1);
    expect(apologies[0]!.marks).toHaveLength(4);
    expect(report.hints.length).toBeLessThanOrEqual(3);
  });

  it('keeps one extra apology from "great" but does not call the draft poor for it', () => {
    const report = analyzeTone(
      'Hi Sam, sorry to bother you. Sorry for the long message, but how did you find your first design role?',
      { recipientName: 'Sam' },
    );
    expect(report.flags.over_apology).toBe(true);
    expect(report.verdict.label).toBe('good');
  });

  it('calls talking oneself down self-deprecation', () => {
    const report = analyzeTone(
      "Hi Bo, this is probably a silly question, and I'm just a student, but how did you get into robotics?",
      { recipientName: 'Bo' },
    );
    expect(report.flags.self_deprecation).toBe(true);
    expect(report.verdict.reasons).toContain('it talks you down');
    expect(report.verdict.label).not.toBe('great');
  });
});

describe('judgement in situation', () => {
  it('leaves a short scheduling reply alone', () => {
    const report = analyzeTone('Yes, Thursday at 10 works for me!', {
      position: 'reply',
      previous: 'Would Thursday at 10 work for a quick call?',
      recipientName: 'Sri',
    });
    expect(report.situation).toBe('reply');
    expect(report.hints).toEqual([]);
    expect(report.flags.answers_reader).toBe(true);
    expect(report.verdict.label).not.toBe('needs-work');
  });

  it('reads a draft that opens with an answer as a reply where the page shows no thread, and leaves it alone', () => {
    const report = analyzeTone('Yes, Thursday at 10 works for me!', { recipientName: 'Sri' });
    expect(report.situation).toBe('reply');
    expect(report.hints).toEqual([]);
    expect(report.verdict.label).not.toBe('needs-work');
    // Not every opening word is an answer: a cold note is still judged as one.
    expect(analyzeTone('Sure thing about your launch: could we talk?', { kind: 'inmail' }).situation).toBe(
      'inmail',
    );
    expect(analyzeTone('Hi Sri, would Thursday at 10 work for a call?').situation).toBe('first-message');
  });

  it('asks a cold referral request for something in return, and not one that follows a give', () => {
    const text = 'Hi Mira, could you refer me for the senior engineer role at your company?';
    const cold = analyzeTone(text, { recipientName: 'Mira' });
    expect(cold.flags.ask_without_give).toBe(true);
    expect(cold.verdict.label).not.toBe('great');
    expect(cold.verdict.reasons).toContain('it asks for something and offers nothing in return');
    const afterGiving = analyzeTone(text, {
      recipientName: 'Mira',
      ledger: { myGives: 2, theirGives: 0, asksSinceMyLastGive: 0 },
    });
    expect(afterGiving.flags.ask_without_give).toBe(false);
    expect(afterGiving.hints.map((hint) => hint.ruleId)).not.toContain('ask-before-give');
  });

  it('does not take a closing "Thanks!" on a cold ask for thanks given (it is thanks in advance)', () => {
    const report = analyzeTone(
      "Hi Dana, I'd love a referral for the open PM role at Stripe. Could you put my name forward? Thanks!",
      { recipientName: 'Dana' },
    );
    expect(report.flags.ask_without_give).toBe(true);
    expect(report.verdict.label).not.toBe('great');
    expect(report.hints.map((hint) => hint.ruleId)).toContain('ask-before-give');
    // Thanks that names what it is for still counts: they helped, and the writer says so.
    const thanked = analyzeTone(
      'Hi Dana, could you put my name forward for the PM role? Thanks for the intro to Lee last week.',
      { recipientName: 'Dana' },
    );
    expect(thanked.hints.map((hint) => hint.ruleId)).not.toContain('ask-before-give');
  });

  it('calls a text sent to many people a template, however friendly', () => {
    const text =
      'Hi Ana, I admire your work and would love to connect and learn from you. Have a lovely week!';
    const once = analyzeTone(text, { kind: 'connection-note', recipientName: 'Ana' });
    const many = analyzeTone(text, { kind: 'connection-note', recipientName: 'Ana', sameTextSentTo: 12 });
    expect(many.flags.generic).toBe(true);
    expect(many.ratings.overall).toBeLessThanOrEqual(once.ratings.overall);
    expect(many.hints.find((hint) => hint.ruleId === 'generic-template')?.message).toMatch(/12 other people/);
  });

  it('does not call a reply a template unless the same text went to others', () => {
    const text = 'Hello, I hope you are well. I would like to connect and expand my professional network.';
    const opening = analyzeTone(text, { kind: 'message', position: 'first', recipientName: 'Ana' });
    expect(opening.flags.generic).toBe(true);
    const reply = {
      kind: 'message',
      position: 'reply',
      recipientName: 'Ana',
      previous: 'Hi! Glad to connect.',
    } as const;
    expect(analyzeTone(text, reply).flags.generic).toBe(false);
    expect(analyzeTone(text, { ...reply, sameTextSentTo: 5 }).flags.generic).toBe(true);
  });

  it('rates on the rubric scales and never shows more than three hints', () => {
    const report = analyzeTone(
      'HEY!!! i need u to send me ur deck ASAP, sorry, sorry, maybe just perhaps possibly if u can lol',
    );
    for (const rating of Object.values(report.ratings)) {
      expect(rating).toBeGreaterThanOrEqual(1);
      expect(rating).toBeLessThanOrEqual(5);
    }
    expect(report.hints.length).toBeLessThanOrEqual(3);
    expect(report.hints[0]?.severity).toBe('warning');
  });
});
