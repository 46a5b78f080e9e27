import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTone, type ToneReport } from '../../../lib/tone';

function expectWellFormed(text: string, report: ToneReport) {
  for (const range of [...report.hints, ...report.commitments]) {
    expect(range.start).toBeGreaterThanOrEqual(0);
    expect(range.end).toBeLessThanOrEqual(text.length);
    expect(range.start).toBeLessThanOrEqual(range.end);
  }
  expect(report.politeness).toBeGreaterThanOrEqual(-1);
  expect(report.politeness).toBeLessThanOrEqual(1);
  for (const score of Object.values(report.scores)) expect(score).toBeGreaterThanOrEqual(0);
}

const KINDS = ['message', 'connection-note', 'inmail', 'comment'] as const;
const wordy = fc.array(
  fc.constantFrom(
    'Hi',
    'sorry',
    'JUST',
    'you',
    'I',
    '!!!',
    '?',
    '😀',
    ' ',
    '\n',
    'Friday',
    "I'll",
    'ASAP',
    'e.g.',
  ),
  { maxLength: 80 },
);

describe('analyzeTone on any input', () => {
  it('keeps every hint and commitment range inside the text (arbitrary strings)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.constantFrom(...KINDS),
        (text, kind) => {
          expectWellFormed(text, analyzeTone(text, { kind, recipientName: 'Noa Lind', now: 0 }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps ranges inside the text for drafts built from trigger words', () => {
    fc.assert(
      fc.property(wordy, fc.constantFrom(...KINDS), (parts, kind) => {
        const text = parts.join(' ');
        expectWellFormed(text, analyzeTone(text, { kind, now: 1_700_000_000_000 }));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \t\n\n  '],
    ['100,000 characters', 'Thanks for the talk. '.repeat(5000)],
    ['emoji only', '🎉🙏🏽👩🏽‍💻🔥🔥'],
    ['mixed scripts', 'Hi 山田さん, спасибо за встречу! مرحبا Could you share the slides?'],
    [
      'HTML and markdown',
      '<p>Hi <b>Ana</b></p> **Could** you [see](http://x.test)? <script>alert(1)</script>',
    ],
    ['repeated a', 'a'.repeat(100_000)],
    ['repeated !', '!'.repeat(100_000)],
    ['repeated sorry', 'sorry '.repeat(20_000)],
    ['repeated apostrophes', "a'".repeat(50_000)],
    ['lone surrogates', '\uD83D'.repeat(1000)],
  ])('always reports on %s', (_, text) => {
    const report = analyzeTone(text, { kind: 'connection-note', recipientName: 'Ana', now: 0 });
    expectWellFormed(text, report);
    expect(report.verdict.summary.length).toBeGreaterThan(0);
  });

  it('treats an unknown message kind as a message rather than failing', () => {
    const context = JSON.parse('{"kind": "tweet"}');
    expect(analyzeTone('x'.repeat(9000), context).hints.map((hint) => hint.ruleId)).toContain('length-limit');
  });
});
