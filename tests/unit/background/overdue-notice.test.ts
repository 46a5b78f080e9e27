import { describe, expect, it } from 'vitest';
import { shouldNotify } from '../../../lib/background/overdue-notice';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 9);

describe('shouldNotify', () => {
  it.each([
    ['nothing overdue', 0, null, false],
    ['first overdue item', 1, null, true],
    ['same count within a day', 2, { count: 2, at: NOW - DAY / 2 }, false],
    ['fewer than last time', 1, { count: 2, at: NOW - DAY / 2 }, false],
    ['more than last time', 3, { count: 2, at: NOW - 60_000 }, true],
    ['still overdue a day later', 2, { count: 2, at: NOW - DAY }, true],
    ['cleared since', 0, { count: 2, at: NOW - 2 * DAY }, false],
  ])('%s', (_, count, last, expected) => {
    expect(shouldNotify(count, last, NOW)).toBe(expected);
  });
});
