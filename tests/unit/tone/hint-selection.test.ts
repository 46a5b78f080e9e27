import { describe, expect, it } from 'vitest';
import type { ToneHint } from '../../../lib/tone';
import { MAX_HINTS_SHOWN, selectHints } from '../../../lib/tone/hint-selection';

const hint = (ruleId: string, start: number, severity: ToneHint['severity'] = 'info'): ToneHint => ({
  ruleId,
  start,
  end: start + 5,
  marks: [{ start, end: start + 5 }],
  message: `${ruleId} at ${start}`,
  why: 'because',
  section: 'Be Aware of Tone',
  severity,
});

describe('selectHints', () => {
  it('groups one rule’s findings into one hint whose marks are in text order, suggestion from the first', () => {
    const [grouped, ...rest] = selectHints([hint('hedging', 40), hint('hedging', 10), hint('hedging', 25)]);
    expect(rest).toEqual([]);
    expect(grouped!.marks.map((mark) => mark.start)).toEqual([10, 25, 40]);
    expect(grouped!.start).toBe(10);
  });

  it('marks a range once, however many findings cover it', () => {
    const findings = Array.from({ length: 3_000 }, (_, i) => hint('over-apologising', (i % 1_000) * 7));
    const [grouped] = selectHints(findings);
    expect(grouped!.marks).toHaveLength(1_000);
    expect(new Set(grouped!.marks.map((mark) => mark.start)).size).toBe(1_000);
  });

  it('shows at most three, warnings first, then by the rules’ importance', () => {
    const shown = selectHints([
      hint('gratitude', 0),
      hint('emoji', 5),
      hint('hedging', 10, 'warning'),
      hint('pressure', 20),
      hint('hype', 30),
    ]);
    expect(shown).toHaveLength(MAX_HINTS_SHOWN);
    expect(shown.map((h) => h.ruleId)).toEqual(['hedging', 'pressure', 'hype']);
  });

  it('a group is a warning when any of its findings is, and the input is left as it was', () => {
    const findings = [hint('hedging', 0), hint('hedging', 9, 'warning')];
    const [grouped] = selectHints(findings);
    expect(grouped!.severity).toBe('warning');
    expect(findings[0]!.marks).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
  });
});
