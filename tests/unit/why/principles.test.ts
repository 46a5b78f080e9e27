import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EngineSection } from '../../../lib/engine/principles';
import { QUEUE_RULES } from '../../../lib/engine/rules';
import { RULES as TONE_RULES } from '../../../lib/tone/rules';
import type { WhitepaperSection } from '../../../lib/tone/types';
import { type CitedSection, WHY, whyAnchor, whyMarkdown } from '../../../lib/why/principles';

// Type-checked to list every section a hint or rule can cite: adding one to either union breaks the build here.
const EVERY_SECTION: Record<WhitepaperSection | EngineSection, true> = {
  Trust: true,
  Reciprocity: true,
  'Social Proof': true,
  'Emotional Intelligence': true,
  'Overcoming Barriers': true,
  'Be Prepared': true,
  'Active Listening': true,
  'Follow Up Thoughtfully': true,
  'Be Aware of Tone': true,
  Authenticity: true,
  'Diversify Your Network': true,
  'Be Patient': true,
};

describe('the "Why?" page', () => {
  it('has one entry for every section a hint, nudge or rule can cite', () => {
    const covered = WHY.map((entry) => entry.section).sort();
    expect(covered).toEqual((Object.keys(EVERY_SECTION) as CitedSection[]).sort());
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
