import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../../lib/tone';

// Wednesday 1 January 2025, 12:00 UTC.
const NOW = Date.UTC(2025, 0, 1, 12);
const endOfDayUtc = (day: number, month = 0) => Date.UTC(2025, month, day + 1) - 1;

describe('analyzeTone report', () => {
  it('rates a courteous request more polite than a blunt one', () => {
    const polite = analyzeTone(
      'Hi Ana, thank you so much for your help. Could you please take a look when you have time?',
    );
    const blunt = analyzeTone('Why did you delete my edit? Fix it now.');
    expect(polite.politeness).toBeGreaterThan(0.3);
    expect(blunt.politeness).toBeLessThan(-0.3);
    expect(polite.scores.warmth).toBeGreaterThan(blunt.scores.warmth);
  });

  it('explains politeness with the strategies that weighed most', () => {
    const cues = analyzeTone('Thanks a lot for the intro!').politenessCues?.map((c) => c.cue);
    expect(cues).toContain('gratitude');
  });

  it('tells ask, give, thanks and follow-up apart', () => {
    const intent = (text: string) => analyzeTone(text).intent.label;
    expect(intent('Could you introduce me to someone on the data team?')).toBe('ask');
    expect(intent("Here's the article on hiring I mentioned, I thought you might find it useful.")).toBe(
      'give',
    );
    expect(intent('Thank you so much for the introduction to Marta, it meant a lot.')).toBe('thanks');
    expect(intent('Great meeting you at the product summit last week.')).toBe('follow-up');
    expect(intent('The weather in Lisbon was lovely.')).toBe('other');
  });

  it('gives an intent confidence in [0, 1]', () => {
    const { confidence } = analyzeTone('Can you send me the agenda?').intent;
    expect(confidence).toBeGreaterThan(0.5);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it('finds commitments with their text and due date', () => {
    const text = "Hi Kai, great chat today. I'll send you the deck by Friday. Let me know what you think.";
    const [promise, ...rest] = analyzeTone(text, { now: NOW }).commitments;
    expect(rest).toEqual([]);
    expect(promise?.text).toBe("I'll send you the deck by Friday");
    expect(text.slice(promise!.start, promise!.end)).toBe(promise?.text);
    expect(promise?.dueAt).toBe(endOfDayUtc(3));
  });

  it.each([
    ['I will call you tomorrow.', endOfDayUtc(2)],
    ['I will share the notes today.', endOfDayUtc(1)],
    ["I'll get back to you in 3 days.", endOfDayUtc(4)],
    ["We'll have a draft by end of the week.", endOfDayUtc(3)],
    ["I'll introduce you next week.", endOfDayUtc(10)],
    ["I'm going to send the contract on March 5th.", endOfDayUtc(5, 2)],
    ['I will follow up next Wednesday.', endOfDayUtc(8)],
    ['I promise to read it.', null],
  ])('resolves the due date of "%s"', (text, due) => {
    expect(analyzeTone(text, { now: NOW }).commitments[0]?.dueAt).toBe(due);
  });

  it('ends a local day at local midnight', () => {
    const [promise] = analyzeTone('I will call you tomorrow.', {
      now: NOW,
      timeZone: 'Africa/Lagos', // UTC+1 all year
    }).commitments;
    expect(promise?.dueAt).toBe(endOfDayUtc(2) - 60 * 60_000);
  });

  // Due dates across daylight-saving changes, in two zones: the day named ends at that day's local midnight,
  // whatever the offset was when the words were written.
  it.each([
    // Friday 24 Oct 2025, 10:00 in Berlin (UTC+2); Monday 27 Oct is in winter time (UTC+1).
    ['Europe/Berlin', '2025-10-24T08:00:00Z', "I'll send it by Monday.", '2025-10-27T22:59:59.999Z'],
    // Saturday 29 Mar 2025, 10:00 in Berlin (UTC+1); "in 3 days" is Tuesday 1 Apr, in summer time (UTC+2).
    ['Europe/Berlin', '2025-03-29T09:00:00Z', "I'll call you in 3 days.", '2025-04-01T21:59:59.999Z'],
    // Friday 7 Mar 2025, 12:00 in New York (UTC−5); Monday 10 Mar is in summer time (UTC−4).
    ['America/New_York', '2025-03-07T17:00:00Z', "I'll send it by Monday.", '2025-03-11T03:59:59.999Z'],
    // Thursday 6 Mar 2025, 22:00 in New York, already Friday in UTC: "tomorrow" is Friday there.
    ['America/New_York', '2025-03-07T03:00:00Z', "I'll call you tomorrow.", '2025-03-08T04:59:59.999Z'],
    // Saturday 1 Nov 2025, 09:00 in New York (UTC−4); "by Friday" is 7 Nov, in winter time (UTC−5).
    ['America/New_York', '2025-11-01T13:00:00Z', "I'll have a draft by Friday.", '2025-11-08T04:59:59.999Z'],
  ])('in %s at %s, "%s" is due %s', (timeZone, at, text, due) => {
    const [promise] = analyzeTone(text, { now: Date.parse(at), timeZone }).commitments;
    expect(new Date(promise!.dueAt!).toISOString()).toBe(due);
  });

  it('resolves no due date without a reference time, so reports never depend on the clock', () => {
    expect(analyzeTone("I'll send it by Friday.").commitments[0]?.dueAt).toBeNull();
  });

  it('does not take questions, "let me know" or manners of speaking for promises', () => {
    const text = "Will I see you there? Let me know. I'll be honest, it was long.";
    expect(analyzeTone(text).commitments).toEqual([]);
  });

  it('takes "I\'m sending you…" and an opening "Sending you…" for promises, with their due date', () => {
    const [deck] = analyzeTone("I'm sending you the deck tomorrow.", { now: NOW }).commitments;
    expect(deck).toMatchObject({ text: "I'm sending you the deck tomorrow", dueAt: endOfDayUtc(2) });
    expect(analyzeTone('Thanks, sending you the CV within the hour.').commitments).toHaveLength(1);
    expect(analyzeTone('Sending over the notes now.').commitments).toHaveLength(1);
  });

  it('does not take sending this very message, or someone else sending, for a promise', () => {
    for (const text of [
      "I'm sending you this note because we met at the summit.",
      'I am sending you a connection request.',
      'She is sending you the file.',
      'Thanks for sending me the notes.',
    ])
      expect(analyzeTone(text).commitments, text).toEqual([]);
  });

  it('gives a verdict a person understands, naming the first fix', () => {
    const rough = analyzeTone('SEND ME THE FILE ASAP!!!');
    expect(rough.verdict.label).toBe('needs-work');
    expect(rough.verdict.summary).toMatch(/^Risks the relationship: it pressures the reader/);
    expect(analyzeTone('   \n ').verdict.label).toBe('empty');
  });

  it('is deterministic', () => {
    const text = "Hi Ana! I'll send the notes by Monday. What did you think of the keynote? 🙂";
    expect(analyzeTone(text, { now: NOW })).toEqual(analyzeTone(text, { now: NOW }));
  });
});
