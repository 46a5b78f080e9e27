import { describe, expect, it } from 'vitest';
import { coachReply } from '../../../lib/coach/coach-reply';
import { readTheirMessage } from '../../../lib/coach/their-message';

const coach = (draft: string, ...theirs: string[]) =>
  coachReply(
    draft,
    theirs.map((text) => readTheirMessage(text)),
  );
const ids = (draft: string, ...theirs: string[]) => coach(draft, ...theirs).points.map((p) => p.id);

describe('their message, read', () => {
  it('finds questions, asks, promises with the due date from when they wrote, and their mood', () => {
    const wednesday = Date.UTC(2026, 10, 25, 10);
    const reading = readTheirMessage(
      "I'm a bit worried about the reorg. Are you free Thursday? I'll send the deck by Friday.",
      { now: wednesday, timeZone: 'UTC' },
    );
    expect(reading.questions.map((q) => [q.text, q.kind])).toEqual([['Are you free Thursday?', 'yes-no']]);
    expect(reading.promises.map((p) => p.dueAt)).toEqual([Date.UTC(2026, 10, 27, 23, 59, 59, 999)]);
    expect(reading.mood).toBe('worried');
  });

  it.each([
    ['Thanks so much for the intro!', 'thanks', 'thankful'],
    ['Here is the guide I mentioned, in case it helps.', 'give', null],
    ['Could you introduce me to your CTO?', 'ask', null],
    ["I'm really disappointed nobody got back to me.", 'other', 'upset'],
    ['We got the funding!! So excited!', 'other', 'excited'],
    ['I am not worried at all.', 'other', null],
  ])('%s → %s, %s', (text, intent, mood) => {
    const reading = readTheirMessage(text);
    expect(reading.intent).toBe(intent);
    expect(reading.mood).toBe(mood);
  });

  it('counts an indirect question ("let me know if…") as a question', () => {
    expect(readTheirMessage('Let me know if Tuesday works for a call.').questions).toHaveLength(1);
  });
});

describe('coaching a reply', () => {
  it('names a question the draft skips, and drops it once the draft answers it', () => {
    const their = 'Great to meet you. Are you free Thursday for a coffee?';
    expect(coach('Thanks, I enjoyed our chat too.', their).points[0]?.message).toBe(
      'They asked: “Are you free Thursday for a coffee?”',
    );
    expect(ids('Thanks! Yes, Thursday works for me.', their)).not.toContain('their-question');
    expect(ids('Sure, happy to.', their)).not.toContain('their-question');
  });

  it('takes a time as the answer to "when", and how one is as the answer to "how are you"', () => {
    expect(ids('Tuesday at 3pm?', 'When would suit you for a call?')).toEqual([]);
    expect(ids('Thanks for writing.', 'When would suit you for a call?')).toContain('their-question');
    expect(ids('Doing well, thanks! Busy week.', 'Hey, how are you?')).not.toContain('their-question');
  });

  it('asks the draft to pick up something they said when it refers to nothing of theirs', () => {
    const their = 'We just launched the new routing engine for our delivery fleet in Lisbon.';
    expect(ids('Hope you have a good weekend and all is well.', their)).toContain('listening');
    expect(ids('Congratulations on the Lisbon launch!', their)).not.toContain('listening');
    expect(ids('As you said, it was a big week. Well done!', their)).not.toContain('listening');
  });

  it('names their feeling and warns when the draft rushes past it to an ask', () => {
    const worried = "I'm worried about the layoffs at my company.";
    const rushed = coach('Could you send me your portfolio?', worried).points.find(
      (p) => p.id === 'their-tone',
    );
    expect(rushed).toMatchObject({ severity: 'warning', section: 'Emotional Intelligence' });
    expect(rushed?.message).toMatch(/worried/);
    const kind = coach('Sorry to hear that, I understand how stressful layoffs are.', worried).points;
    expect(kind.find((p) => p.id === 'their-tone')?.severity).toBe('info');
    expect(coach('Glad it helped!', 'Thanks so much for the intro!').points).toEqual([
      expect.objectContaining({ id: 'their-tone', severity: 'info' }),
    ]);
  });

  it('judges the reply as an answer to their ask', () => {
    const ask = 'Could you put me in touch with someone on your data team.';
    expect(ids('Hope all is well!', ask)).toContain('their-ask');
    expect(ids("Of course, I'll introduce you to Dana on the data team.", ask)).not.toContain('their-ask');
    expect(ids('Unfortunately I cannot this month, sorry.', ask)).not.toContain('their-ask');
  });

  it('says whether the reply answers the reader, for the reviewers’ answers_reader', () => {
    expect(coach('Thanks!', 'Would you still like me to pass along your interest?').answersReader).toBe(
      false,
    );
    expect(
      coach('Yes please, that would be great.', 'Would you still like me to pass along your interest?')
        .answersReader,
    ).toBe(true);
    expect(coach('Anything', 'Good to hear from you.').answersReader).toBe(true);
  });

  it('takes a reply as answering them when it takes up anything of theirs; a question it skips stays as a reminder', () => {
    const two = 'Are you still at the bank? And did the Lisbon move happen?';
    const one = coach('The Lisbon move happened in spring; the flat is lovely.', two);
    expect(one.answersReader).toBe(true);
    expect(one.points).toEqual([
      expect.objectContaining({
        id: 'their-question',
        message: 'They asked: “Are you still at the bank?”',
        severity: 'info',
      }),
    ]);
    const none = coach('Hope the summer treats you well.', two);
    expect(none.answersReader).toBe(false);
    expect(none.points.filter((p) => p.id === 'their-question').map((p) => p.severity)).toEqual([
      'warning',
      'warning',
    ]);
  });

  it('reads answers in other words: about oneself, asked back, a proposal accepted, a kind no', () => {
    const answered = (draft: string, their: string) => coach(draft, their).answersReader;
    expect(answered('I run a small design studio in Porto.', 'What do you do these days?')).toBe(true);
    expect(answered('A small design studio in Porto. You?', 'So where are you working now?')).toBe(true);
    expect(answered('Product design at a bakery chain.', 'I build payment systems. How about you?')).toBe(
      true,
    );
    expect(answered('That works!', 'How about we do Tuesday at 10am?')).toBe(true);
    expect(
      answered('Not necessary for now, thanks anyway.', 'Would you mind if I introduced our sales lead?'),
    ).toBe(true);
    expect(answered('Hope the summer treats you well.', 'What do you do these days?')).toBe(false);
  });

  it('does not count what follows a change of subject, nor their name, as answering them', () => {
    const their = 'Would you still like me to pass along your interest?';
    expect(coach('Cool! BTW, I love the new running app everyone uses.', their).answersReader).toBe(false);
    expect(coach('Cool! Yes please, pass it along. BTW, I love the app.', their).answersReader).toBe(true);
    const signed = 'Could you send me more details about the role and the company first?\nRegards,\nMinh';
    expect(coach('Hi Minh, drop me your number and I will call.', signed).answersReader).toBe(false);
    expect(coach('Hi Minh, the role is a senior analyst one; details attached.', signed).answersReader).toBe(
      true,
    );
  });

  it('has nothing to say without their messages or without a draft', () => {
    expect(coach('Hi there, how are you?').points).toEqual([]);
    expect(coach('  ', 'Are you free Thursday?').points).toEqual([]);
  });
});
