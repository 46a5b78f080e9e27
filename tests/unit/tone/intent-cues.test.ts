import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../../lib/tone';
import { type IntentCue, intentCues, offersRole } from '../../../lib/tone/judgement/intent-cues';
import { readDraft } from '../../../lib/tone/text/draft';

const cues = (text: string) => intentCues(readDraft(text));
const fired = (text: string) =>
  Object.entries(cues(text))
    .filter(([, value]) => value === 1)
    .map(([cue]) => cue as IntentCue);

// Invented messages, one per form the rubric's intents take, and a near miss for each.
describe('intent cues (the rubric’s intent forms)', () => {
  it('reads a role on offer with a conditional invitation as a job lead, not a mention of a job', () => {
    expect(
      cues(
        'I am recruiting for a data lead at a fintech client. If this is something you would consider, send your CV.',
      )['job-lead'],
    ).toBe(1);
    expect(cues('If you are interested, I can tell you more.')['job-lead']).toBe(1);
    expect(cues('I loved my first job at the bakery.')['job-lead']).toBe(0);
  });

  it('tells help offered and advice from a favour asked', () => {
    expect(fired('If you need any help with the move, call me.')).toContain('offer-if-needed');
    expect(fired('You should send your resume to their talent team.')).toContain('advice');
    expect(fired('I need a small favour from you.')).toContain('favour');
    expect(fired('I wonder if you might point me to the right person.')).toContain('favour');
    expect(fired('Great talk on Tuesday, thank you.')).not.toContain('favour');
    expect(fired("I'm writing to ask you for a short reference.")).toContain('favour');
    expect(fired('Would it be all right if I asked you about the team?')).not.toContain('favour');
    expect(fired('She asked me for the slides, so here they are.')).not.toContain('favour');
  });

  it('sees requests: a sentence opening on a request verb, "can you", a question for information', () => {
    expect(fired('Hi Ada. Please send me the deck.')).toContain('request-verb');
    expect(fired('Kindly share your CV.')).toContain('request-verb');
    expect(fired('I will send the deck.')).not.toContain('request-verb');
    expect(fired('Could you take a look?')).toContain('can-you');
    expect(fired('How did you get the job at Acme?')).toContain('info-question');
    expect(fired('How did you get the job at Acme.')).not.toContain('info-question');
  });

  it('sees scheduling details and a message that opens by thanking them', () => {
    expect(fired('How about 1:30 pm on Thursday?')).toContain('scheduling-time');
    expect(fired('Time flies.')).not.toContain('scheduling-time');
    expect(fired('Hi Sam, thanks for the intro!')).toContain('opens-with-thanks');
    expect(fired('Thank you so much for the intro.')).toContain('opens-with-thanks');
    expect(fired('Send it over, thanks.')).not.toContain('opens-with-thanks');
  });

  it('calls a recruiter’s lead with "send your CV" a give, and a favour without a question mark an ask', () => {
    const lead = analyzeTone(
      'Dear Ines,\nI am sourcing for a Finance Lead for a client in logistics.\nIf this is a role that interests you, kindly send your CV to jobs@example.org.\nRegards.',
      { kind: 'message', position: 'first', recipientName: 'Ines' },
    );
    expect(lead.intent.label).toBe('give');
    // A job lead is value offered: its "send your CV" is not an ask with nothing given.
    expect(lead.flags.ask_without_give).toBe(false);
    expect(lead.hints.map((hint) => hint.ruleId)).not.toContain('ask-before-give');
    const seeker = analyzeTone(
      'Dear Ines,\nI am looking for a finance role in logistics.\nIf you know of an opening, kindly send me the details.\nRegards.',
      { kind: 'message', position: 'first', recipientName: 'Ines' },
    );
    expect(seeker.intent.label).toBe('ask');
    expect(seeker.flags.ask_without_give).toBe(true);
    const favour = analyzeTone(
      'Hello Tom,\nIt has been too long.\nI need a small favour.\nI am looking to meet people at Fitbit and wonder if you could introduce me to someone there.',
      { kind: 'message', position: 'first', recipientName: 'Tom' },
    );
    expect(favour.intent.label).toBe('ask');
  });

  describe('a role the writer offers (a job lead given)', () => {
    const offers = (text: string) => {
      const draft = readDraft(text);
      return offersRole(draft, intentCues(draft));
    };
    it.each([
      'I am sourcing for a payroll analyst. If this is something you would consider, send your CV to me.',
      "We're hiring a backend engineer in Leeds; if you are interested, share your CV.",
      'We seek to engage a tax auditor. If this sounds like a fit, kindly send your resume.',
      'I reviewed your profile for a product lead role with a client. If this is an opportunity you would explore, send your CV.',
    ])('offers: %s', (text) => expect(offers(text)).toBe(true));
    it.each([
      // A job-seeker: the writer wants the role, the reader is not offered one.
      'I am looking for a data role. If you know of any openings, let me know.',
      // Hiring, with no invitation to the reader.
      "We're hiring like crazy this quarter, the office is packed.",
      // An invitation, with no role the writer fills.
      'If you are interested, I can tell you more about the meetup.',
      // Someone else is hiring.
      'My friend is hiring a designer. If you know anyone interested, tell me.',
    ])('does not offer: %s', (text) => expect(offers(text)).toBe(false));
  });
});
