import { describe, expect, it } from 'vitest';
import { createCapturePace } from '../../../lib/capture/capture-pace';

describe('capture pace', () => {
  it('lets a person browsing profiles through, but not a burst of forty address changes', () => {
    const pace = createCapturePace({ burst: 3, perMinute: 6 });
    // 40 pushState navigations in 12 s, as a hostile page did.
    const stored = Array.from({ length: 40 }, (_, i) => pace.take(i * 300)).filter(Boolean).length;
    expect(stored).toBeLessThanOrEqual(5);
    expect(stored).toBeGreaterThanOrEqual(3);
  });

  it('refills: one profile every ten seconds is always stored', () => {
    const pace = createCapturePace({ burst: 3, perMinute: 6 });
    expect(Array.from({ length: 30 }, (_, i) => pace.take(i * 10_000)).every(Boolean)).toBe(true);
  });
});
