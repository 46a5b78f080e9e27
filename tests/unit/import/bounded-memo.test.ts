import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../lib/import/bounded-memo';

describe('boundedMemo', () => {
  it('answers as the function does, asking it once per key, null and undefined answers included', () => {
    const asked: string[] = [];
    const memo = boundedMemo((key: string) => {
      asked.push(key);
      return key === 'none' ? null : key === 'gone' ? undefined : key.length;
    });
    expect([memo('abc'), memo('none'), memo('gone'), memo('abc'), memo('none'), memo('gone')]).toEqual([
      3,
      null,
      undefined,
      3,
      null,
      undefined,
    ]);
    expect(asked).toEqual(['abc', 'none', 'gone']);
  });

  it('starts over at its limit, still answering right', () => {
    const asked: string[] = [];
    const memo = boundedMemo((key: string) => {
      asked.push(key);
      return key.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'a', 'c'].map(memo)).toEqual(['A', 'B', 'C', 'A', 'C']);
    // 'c' found the memo full and started it over, so 'a' was asked again; 'c' was kept with it.
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
