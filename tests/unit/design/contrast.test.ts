import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, type Palette } from '../../../lib/design/tokens';

/** WCAG 2.2 relative luminance of an sRGB hex colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

type Role = keyof Palette;
/** Text (4.5:1) on the backgrounds it is drawn on. */
const TEXT_ON: [Role, Role][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accentText', 'accentStrong'],
  ['good', 'bg'],
  ['good', 'surface'],
  ['warn', 'bg'],
  ['warn', 'surface'],
  ['danger', 'bg'],
  ['danger', 'surface'],
  ['text', 'warnSurface'],
  ['warn', 'warnSurface'],
];
/** Boundaries and focus indicators (3:1) against what surrounds them. */
const NON_TEXT_ON: [Role, Role][] = [
  ['border', 'bg'],
  ['border', 'surface'],
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['accentStrong', 'bg'],
];

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
])('the %s palette meets WCAG 2.2 AA', (_scheme, palette) => {
  it.each(TEXT_ON)('%s text on %s: at least 4.5:1', (fg, bg) => {
    expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
  });
  it.each(NON_TEXT_ON)('%s against %s: at least 3:1', (fg, bg) => {
    expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(3);
  });
});

describe('the contrast formula', () => {
  it('gives the known extremes and a known pair', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBeCloseTo(1, 5);
    // #767676 on white is the classic 4.54:1.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('flags the colours this issue found failing', () => {
    // The old muted grey on a dark page and the old field border on white.
    expect(contrast('#6b7280', '#121212')).toBeLessThan(4.5);
    expect(contrast('#d1d5db', '#ffffff')).toBeLessThan(3);
  });
});
