import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../lib/import/content-hash';

// Imported interactions are keyed by these digests, so a file imported again finds the rows it stored before: the
// digests of every version must stay the same. These were made by the first implementation (cyrb53 of the parts
// joined with NUL, seeds 0 and 1, two passes over the joined text).
const KNOWN: [string[], string][] = [
  [[], 'wvjl67o80326c8wzs8fs1'],
  [[''], 'wvjl67o80326c8wzs8fs1'],
  [['', ''], '17s8v62wz8a29tealerxyy'],
  [['a', 'b'], 'wmao3leoz1rqovej3wyl'],
  [
    ['2-conv-17', '1718000000000', 'Ada Lind', 'ada-lind', 'Thanks, see you Friday!'],
    '2ge0u4r1kic8dy4yd7r0e',
  ],
  [['out', 'Ada Lind', 'Bo Ek', '1546300800000'], '26hef097dqzboa9c42mcz'],
  [['Zoë Ørsted ✓ 😀'], '1vr07c3zuaxmw2yv5ivr9'],
];

describe('contentHash', () => {
  it.each(KNOWN)('gives %j the digest it always gave', (parts, digest) => {
    expect(contentHash(...parts)).toBe(digest);
  });

  it('hashes the parts as joined with NUL: the same text split elsewhere is the same digest', () => {
    expect(contentHash('a\u0000b')).toBe(contentHash('a', 'b'));
    expect(contentHash('ab', 'c')).not.toBe(contentHash('a', 'bc'));
  });
});
