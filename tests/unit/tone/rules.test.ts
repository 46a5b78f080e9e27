import { describe, expect, it } from 'vitest';
import { analyzeTone, TONE_RULES } from '../../../lib/tone';
import { hintsOf } from './helpers';

const WARM =
  'Hi Priya, thank you for your talk on warehouse robotics at Lumen Logistics. I shared it with my team. ' +
  'What got you started on fleet routing?';
const PRIYA = { recipientName: 'Priya Natarajan', company: 'Lumen Logistics' };

describe('tone rules', () => {
  it('lists every rule with a title, a whitepaper section and a one-sentence why', () => {
    expect(TONE_RULES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(TONE_RULES.map((rule) => rule.id)).size).toBe(TONE_RULES.length);
    for (const rule of TONE_RULES) {
      expect(rule.why).toMatch(/^[A-Z'"].*[.]$/);
      expect(rule.why.split(/[.!?] /).length).toBe(1);
    }
  });

  it('finds nothing to fix in a warm, specific message, and says what it does well', () => {
    const report = analyzeTone(WARM, PRIYA);
    expect(report.hints).toEqual([]);
    expect(report.verdict.label).not.toBe('needs-work');
    expect(report.verdict.reasons).toEqual(
      expect.arrayContaining([
        'it thanks them',
        'it mentions something specific to them',
        'it asks an open question',
      ]),
    );
  });

  it('asks for a greeting and offers one with the first name', () => {
    const [hint] = hintsOf('greeting', 'Loved your post on pricing.', PRIYA);
    expect(hint?.covers).toBe('Loved');
    expect(hint?.suggestion).toBe('Hi Priya, loved');
  });

  it("asks for the recipient's name after a bare greeting", () => {
    const [hint] = hintsOf('recipient-name', 'Hi, loved your post on pricing.', PRIYA);
    expect(hint?.suggestion).toBe('Hi Priya');
    expect(hintsOf('recipient-name', 'Hi Priya, loved your post.', PRIYA)).toEqual([]);
  });

  it('flags an ask without thanks, and not once thanks is there', () => {
    expect(hintsOf('gratitude', 'Hi Sam, could you send me the slides from the panel?')).toHaveLength(1);
    expect(hintsOf('gratitude', 'Hi Sam, thanks for the panel. Could you send me the slides?')).toEqual([]);
  });

  it('flags an I-heavy message', () => {
    const text = 'I am a designer. I have worked on my portfolio for years and I think my work is strong.';
    expect(hintsOf('you-focus', text)[0]?.message).toContain('you/your" 0');
  });

  it('wants an open question in a longer message, and flags yes/no-only questions', () => {
    const text =
      'Hi Jo, I enjoyed the meetup on Tuesday and the demo of your scheduling tool. Do you plan a second one?';
    expect(hintsOf('open-question', text)).toHaveLength(1);
    expect(hintsOf('closed-questions', text).map((h) => h.covers)).toEqual(['Do you plan a second one?']);
    const open = 'Hi Jo, I enjoyed the meetup on Tuesday and the demo of your tool. What made you build it?';
    expect(hintsOf('open-question', open)).toEqual([]);
    expect(hintsOf('closed-questions', open)).toEqual([]);
  });

  it("flags LinkedIn's default note and a message with nothing specific", () => {
    const text = "I'd like to add you to my professional network.";
    expect(hintsOf('generic-template', text, { kind: 'connection-note' })[0]?.severity).toBe('warning');
    expect(hintsOf('personal-reference', text, { ...PRIYA, kind: 'connection-note' })).toHaveLength(1);
    expect(hintsOf('personal-reference', 'Hi Priya, I admire what Lumen does with robots.', PRIYA)).toEqual(
      [],
    );
    const notes = { notes: 'Met at the Oslo data summit; she mentors junior analysts.' };
    expect(
      hintsOf('personal-reference', 'Hi, could you share some advice on analytics?', notes),
    ).toHaveLength(1);
    expect(hintsOf('personal-reference', 'Hi, great talking at the summit in Oslo.', notes)).toEqual([]);
  });

  it('flags every ask after the first', () => {
    const text =
      'Could you review my CV? Can you also introduce me to your manager? Please send me the job link.';
    expect(hintsOf('single-ask', text).length).toBeGreaterThanOrEqual(1);
    expect(hintsOf('single-ask', 'Could you review my CV?')).toEqual([]);
  });

  it('flags a sentence over 30 words', () => {
    const long = `We ${'really '.repeat(30)}liked it.`;
    expect(hintsOf('sentence-length', long)[0]?.covers).toBe(long);
  });

  it('flags text that is hard to read', () => {
    const dense =
      'Organisational interoperability considerations necessitate comprehensive institutional ' +
      'reconceptualisation. Multidimensional stakeholder prioritisation methodologies facilitate ' +
      'operationalisation of transformational capabilities. Consequently, infrastructural ' +
      'harmonisation initiatives require unprecedented interdepartmental collaboration commitments. ' +
      'Additionally, comprehensive organisational realignment necessitates considerable institutional investment.';
    expect(hintsOf('readability', dense)).toHaveLength(1);
    expect(hintsOf('readability', WARM)).toEqual([]);
  });

  it("caps connection notes at LinkedIn's 300 characters, 200 on free accounts", () => {
    const note = (n: number) => 'a'.repeat(n);
    const [over] = hintsOf('length-limit', note(320), { kind: 'connection-note' });
    expect([over?.start, over?.end, over?.severity]).toEqual([300, 320, 'warning']);
    const [free] = hintsOf('length-limit', note(250), { kind: 'connection-note' });
    expect([free?.start, free?.severity]).toEqual([200, 'info']);
    expect(hintsOf('length-limit', note(250), { kind: 'message' })).toEqual([]);
  });

  it('flags shouting but not acronyms', () => {
    expect(hintsOf('shouting', 'This is AMAZING news').map((h) => h.suggestion)).toEqual(['amazing']);
    expect(hintsOf('shouting', 'Our CEO met the CTO at AWS.')).toEqual([]);
    expect(hintsOf('shouting', 'Great news!!!')[0]?.covers).toBe('!!!');
  });

  it('suggests spelling out slang, and flags profanity', () => {
    expect(hintsOf('slang', 'Can u send the deck, thx').map((h) => [h.covers, h.suggestion])).toEqual([
      ['u', 'you'],
      ['thx', 'thanks'],
    ]);
    expect(hintsOf('profanity', 'That launch was a damn mess.')[0]?.covers).toBe('damn');
    expect(hintsOf('profanity', 'Hello, hello!')).toEqual([]);
  });

  it('flags emoji past two in a message, three in a comment', () => {
    expect(hintsOf('emoji', 'Congrats 🎉🎉🎉')).toHaveLength(1);
    expect(hintsOf('emoji', 'Congrats 🎉🎉🎉', { kind: 'comment' })).toEqual([]);
    expect(hintsOf('emoji', 'Congrats 👩🏽‍💻🎉')).toEqual([]);
  });

  it('flags apologising for writing, minimising and self-deprecation', () => {
    const text = "Sorry to bother you. I just wanted to ask a stupid question, I'm no expert.";
    expect(hintsOf('over-apologising', text)[0]?.covers).toBe('Sorry to bother');
    expect(hintsOf('minimising', text)[0]?.suggestion).toBe('wanted to');
    expect(hintsOf('self-deprecation', text).map((h) => h.covers)).toEqual([
      'stupid question',
      "I'm no expert",
    ]);
  });

  it('flags heavy hedging but not a single hedge', () => {
    expect(hintsOf('hedging', 'Maybe I think we could perhaps sort of meet.')).toHaveLength(4);
    expect(hintsOf('hedging', 'Perhaps we could meet on Friday to plan the launch together.')).toEqual([]);
  });

  it('flags pressure with a softer suggestion', () => {
    expect(hintsOf('pressure', 'Send it ASAP, you need to sign today.').map((h) => h.suggestion)).toEqual([
      'when you have a moment',
      'could you',
    ]);
  });

  it('notes an ask with nothing given first', () => {
    expect(hintsOf('ask-before-give', 'Hi Lee, could you introduce me to your CTO?')).toHaveLength(1);
    const giving = "Hi Lee, here's the benchmark report I mentioned. Could you introduce me to your CTO?";
    expect(hintsOf('ask-before-give', giving)).toEqual([]);
  });

  it('switches rules off through disabledRules', () => {
    const text = 'SEND IT ASAP!!!';
    expect(analyzeTone(text, { disabledRules: ['tone:shouting'] }).hints.map((h) => h.ruleId)).not.toContain(
      'shouting',
    );
    // A queue rule or nudge of the same id is another rule: it does not switch the tone rule off.
    expect(
      analyzeTone(text, { disabledRules: ['queue:shouting', 'nudge:shouting'] }).hints.map((h) => h.ruleId),
    ).toContain('shouting');
    const all = TONE_RULES.map((rule) => rule.key);
    const quiet = analyzeTone(text, { disabledRules: all });
    expect(quiet.hints).toEqual([]);
    // Switching a hint off hides it; the judgement of the message stays what it is.
    expect(quiet.ratings).toEqual(analyzeTone(text).ratings);
  });
});
