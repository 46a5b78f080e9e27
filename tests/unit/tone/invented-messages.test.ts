import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../../lib/tone';
import { INVENTED_MESSAGES } from '../../../scripts/tone/invented-messages';

// The rare rubric flags on the invented messages eval:linkedin prints: each as the rubric judges it, positives
// and negatives alike, and a flagged message is never called "great".
describe('rare flags on invented messages', () => {
  it.each(
    INVENTED_MESSAGES.map((message) => [message.flag, message.expected, message.text, message] as const),
  )('%s is %s: %s', (flag, expected, text, message) => {
    const report = analyzeTone(text, message.context);
    expect(report.flags[flag]).toBe(expected);
    if (expected) expect(report.verdict.label).not.toBe('great');
  });

  it('holds a positive and a negative for every rare flag', () => {
    for (const flag of ['pressure', 'hype', 'over_apology', 'self_deprecation'] as const) {
      const expected = INVENTED_MESSAGES.filter((message) => message.flag === flag).map((m) => m.expected);
      expect(expected).toContain(true);
      expect(expected).toContain(false);
    }
  });
});
