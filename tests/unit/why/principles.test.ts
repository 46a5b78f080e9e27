import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUEUE_RULES } from '../../../lib/engine/rules';
import { WHITEPAPER_SECTIONS } from '../../../lib/rules/sections';
import { RULES as TONE_RULES } from '../../../lib/tone/rules';
import { type CitedSection, WHY, whyAnchor, whyMarkdown } from '../../../lib/why/principles';

describe('the "Why?" page', () => {
  it('has one entry for every section a hint, nudge or rule can cite', () => {
    const covered = WHY.map((entry) => entry.section).sort();
    expect(covered).toEqual((Object.keys(WHITEPAPER_SECTIONS) as CitedSection[]).sort());
  });

  it('covers the sections the shipped rules actually cite', () => {
    const cited = new Set<string>([
      ...TONE_RULES.map((rule) => rule.section),
      ...QUEUE_RULES.map((rule) => rule.section),
    ]);
    const anchors = new Set(WHY.map((entry) => whyAnchor(entry.section)));
    for (const section of cited) expect(anchors, section).toContain(whyAnchor(section));
  });

  it('gives each entry a distinct anchor', () => {
    const anchors = WHY.map((entry) => whyAnchor(entry.section));
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(whyAnchor('Be Aware of Tone')).toBe('be-aware-of-tone');
  });

  it('is the same in docs/why.md (regenerate with `npm run docs:why`)', () => {
    const docs = readFileSync(resolve(import.meta.dirname, '../../../docs/why.md'), 'utf8');
    expect(docs).toBe(whyMarkdown());
  });
});
