import { describe, expect, it } from 'vitest';
import { readTheirMessage, THEIR_SIDE_PHRASES } from '../../../lib/coach/their-message';

// What the ledger records from the other person's message (issue 14): their ask, give or thanks, and nothing for
// conversation. Invented messages, one per case the hand-labelled evaluation found the reading got wrong
// (`npm run eval:their-messages`), and their counterparts that must not change.
const intentOf = (text: string) => readTheirMessage(text).intent;

describe('their intent, as the ledger records it', () => {
  it.each([
    // Conversation, not a favour: questions about you, and the arrangements of a talk already agreed.
    ['other', 'Doing well, thanks for asking. Where are you working these days?'],
    ['other', 'I work in logistics planning. How about you?'],
    ['other', 'Sure, how about we do Thursday at 3pm? Let me know if that works.'],
    ['other', 'Hey Jun, how are you?'],
    // Courtesy thanks, or a bare "Thanks." before the real message, are not thanks for something given.
    ['other', 'Thanks for reaching out. The team is hiring again in spring.'],
    ['other', 'Thanks. Yes, it is a three-month contract in Lyon.'],
    ['ask', 'Thanks for connecting! Could you introduce me to your head of design?'],
    // Thanks alone, however it is worded.
    ['thanks', 'Thank you very much 😊'],
    ['thanks', 'You are much too kind with the kind words, Pia.'],
    ['thanks', 'Thanks so much for the intro to Omar, it was a great call!'],
    ['thanks', 'Okay, thanks'],
    // Their offers to refer or forward you are gives.
    ['give', 'Happy to put in a referral for you, just send me your CV.'],
    ['give', 'Would you like me to pass along your profile to the hiring manager?'],
    ['give', 'I have forwarded your details to our recruiter; she will be in touch.'],
    // Favours asked stay asks.
    ['ask', 'Could you send me the slides from your talk?'],
    ['ask', 'Would you be open to a 20 minute call about the analyst role next week?'],
  ])('%s: %s', (intent, text) => {
    expect(intentOf(text)).toBe(intent);
  });
});

describe('their-side phrase lists handed in (the evaluation leaves some out per owner)', () => {
  it('reads with the lists given instead of its own', () => {
    const text = 'I have forwarded your details to our recruiter.';
    expect(readTheirMessage(text).intent).toBe('give');
    const without = {
      ...THEIR_SIDE_PHRASES,
      theirOffers: THEIR_SIDE_PHRASES.theirOffers.filter((p) => p !== 'forwarded your'),
    };
    expect(readTheirMessage(text, {}, without).intent).not.toBe('give');
    expect(readTheirMessage(text, {}, THEIR_SIDE_PHRASES).intent).toBe('give');
  });
});
