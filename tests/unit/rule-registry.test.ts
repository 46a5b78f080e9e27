import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { LEDGER_NUDGES } from '../../lib/engine/nudges';
import { QUEUE_RULES } from '../../lib/engine/rules';
import type { NudgeId, QueueRuleId, ToneRuleId } from '../../lib/rules/keys';
import { WHITEPAPER_SECTIONS } from '../../lib/rules/sections';
import { RULES } from '../../lib/tone/rules';
import { WHY } from '../../lib/why/principles';

// In the spirit of refined-github's features test: a rule file that is not registered, an id that is not its
// file's name, two rules under one settings key, or a section the whitepaper does not have fails here.

interface Registered {
  id: string;
  title: string;
  section: string;
  why: string;
}

const REGISTRIES = [
  {
    namespace: 'tone',
    rules: RULES as readonly Registered[],
    files: import.meta.glob<Record<string, unknown>>('../../lib/tone/rules/*.ts', { eager: true }),
    shapeFiles: ['index.ts', 'rule.ts'],
  },
  {
    namespace: 'queue',
    rules: QUEUE_RULES as readonly Registered[],
    files: import.meta.glob<Record<string, unknown>>('../../lib/engine/rules/*.ts', { eager: true }),
    shapeFiles: ['index.ts', 'rule.ts'],
  },
  {
    namespace: 'nudge',
    rules: LEDGER_NUDGES as readonly Registered[],
    files: import.meta.glob<Record<string, unknown>>('../../lib/engine/nudges/*.ts', { eager: true }),
    shapeFiles: ['index.ts', 'nudge.ts'],
  },
];

const isRuleLike = (value: unknown): value is Registered =>
  typeof value === 'object' && value !== null && 'id' in value && 'section' in value && 'why' in value;

describe.each(REGISTRIES)('the $namespace registry', ({ rules, files, shapeFiles }) => {
  const ruleFiles = Object.entries(files).filter(([path]) => !shapeFiles.includes(basename(path)));

  it('has one rule per file, registered, with its file name as id', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
    expect(ruleFiles.length).toBe(rules.length);
    for (const [path, exports] of ruleFiles) {
      const declared = Object.values(exports).filter(isRuleLike);
      expect(declared, path).toHaveLength(1);
      const [rule] = declared;
      expect(rule?.id, path).toBe(basename(path, '.ts'));
      expect(rules, `${path} is not in the registry`).toContain(rule);
    }
  });

  it('gives each rule a title and a one-sentence why', () => {
    for (const rule of rules) {
      expect(rule.title, rule.id).toMatch(/^\S.*\S$/);
      expect(rule.why, rule.id).toMatch(/^[A-Z'"].*[.]$/);
    }
  });

  it('cites a whitepaper section for every rule', () => {
    for (const rule of rules) expect(Object.keys(WHITEPAPER_SECTIONS), rule.id).toContain(rule.section);
  });

  it('is documented: every section a rule cites has its entry on the "Why?" page', () => {
    const documented = WHY.map((entry) => entry.section as string);
    for (const rule of rules) expect(documented, rule.id).toContain(rule.section);
  });
});

describe('rule keys', () => {
  it('are unique across the tone, queue and nudge registries', () => {
    const keys = REGISTRIES.flatMap(({ namespace, rules }) => rules.map((rule) => `${namespace}:${rule.id}`));
    expect(new Set(keys).size).toBe(keys.length);
    // The reason for namespaces: the same id in two registries is two rules.
    expect(keys).toEqual(expect.arrayContaining(['tone:ask-before-give', 'nudge:ask-before-give']));
  });

  it('are typed from the registries: ids are literals, not any string', () => {
    expectTypeOf<'ask-before-give'>().toExtend<ToneRuleId>();
    expectTypeOf<'weak-tie'>().toExtend<QueueRuleId>();
    expectTypeOf<'return-favour'>().toExtend<NudgeId>();
    expectTypeOf<'no-such-rule'>().not.toExtend<ToneRuleId | QueueRuleId | NudgeId>();
  });
});

describe('whitepaper sections', () => {
  const whitepaper = readFileSync(
    new URL('../../../shared/seed/networking-whitepaper.txt', import.meta.url),
    'utf8',
  );
  const headings = whitepaper.split('\n').map((line) =>
    line
      .replace(/^(\d+\.|-)\s*/, '')
      .split(':')[0]!
      .trim(),
  );

  it.each(Object.entries(WHITEPAPER_SECTIONS))('“%s” is a heading of the whitepaper (%s)', (_, heading) => {
    const [title] = heading.split(':');
    expect(headings).toContain(title);
  });
});
