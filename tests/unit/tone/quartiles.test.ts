import { describe, expect, it } from 'vitest';
import { topAndBottomQuartiles } from '../../../scripts/tone/datasets';

const rows = (scores: number[]) => scores.map((score, i) => ({ text: `t${i}`, score }));

describe('topAndBottomQuartiles (the politeness binary task)', () => {
  it('keeps the top quarter as polite and the bottom quarter as impolite, and leaves out the middle', () => {
    const kept = topAndBottomQuartiles(rows([1, 2, 3, 4, 5, 6, 7, 8, 9]), (row) => row.score);
    expect(kept.map((row) => [row.score, row.label])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [7, 1],
      [8, 1],
      [9, 1],
    ]);
  });

  it('puts every tie at a cut-off on its side, as on the reviewers’ half-point scales', () => {
    const kept = topAndBottomQuartiles(rows([2, 2, 2, 3, 3, 4, 4, 4, 4]), (row) => row.score);
    expect(kept.filter((row) => row.label === 0).map((row) => row.score)).toEqual([2, 2, 2]);
    expect(kept.filter((row) => row.label === 1).map((row) => row.score)).toEqual([4, 4, 4, 4]);
  });
});
