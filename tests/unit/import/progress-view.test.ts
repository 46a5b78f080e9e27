import { describe, expect, it } from 'vitest';
import { importProgressView, SAVE_COST_PER_SEND } from '../../../lib/import/progress-view';

describe('import progress over its two steps', () => {
  const records = 10_000;
  const whole = records * (1 + SAVE_COST_PER_SEND);

  it('counts sending as the share of the chunks sent, and reads the time left off that pace', () => {
    // A quarter of the chunks, which held half the rows (the first chunks carry the contacts too).
    const view = importProgressView({ phase: 'sending', done: 5_000, share: 0.25 }, records, 2_000);
    expect(view.label).toBe('Sending 5,000 of 10,000 rows');
    expect(view.fraction).toBeCloseTo(2_500 / whole);
    // 2,500 units of work took 2 s: what is left takes (whole − 2,500) / 1,250 per second.
    expect(view.secondsLeft).toBe(Math.ceil((whole - 2_500) / 1_250));
  });

  it('saving is its share of the work, as far as the commit says it is through its own', async () => {
    const view = importProgressView({ phase: 'saving', done: 4_000, total: 16_000 }, records, 9_000);
    expect(view.label).toBe('Saving, 25 % done');
    const done = records + SAVE_COST_PER_SEND * records * 0.25;
    expect(view.fraction).toBeCloseTo(done / whole);
    expect(view.secondsLeft).toBe(Math.ceil(((whole - done) * 9) / done));
  });

  it('saving has begun at 0 % before the commit knows its whole', () => {
    const view = importProgressView({ phase: 'saving', done: 0, total: 0 }, records, 3_000);
    expect(view.label).toBe('Saving, 0 % done');
    expect(view.fraction).toBeCloseTo(records / whole);
  });

  it('has no estimate before anything is done, and ends at the whole bar with nothing left', () => {
    expect(importProgressView({ phase: 'sending', done: 0, share: 0 }, records, 500).secondsLeft).toBeNull();
    const end = importProgressView({ phase: 'saving', done: 8_000, total: 8_000 }, records, 30_000);
    expect(end).toMatchObject({ fraction: 1, secondsLeft: 0 });
  });
});
