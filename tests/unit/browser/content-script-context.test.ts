import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from '../../../lib/browser/content-script-context';

// Rapport's bundles swap WXT's ContentScriptContext for lib/browser/content-script-context.ts (wxt.config.ts), but
// the entrypoints are typed with WXT's, which has more members. A member the swap lacks would type-check and then
// throw on every LinkedIn page, so every `ctx.<member>` an entrypoint uses must exist on Rapport's class.
const entrypoints = join(import.meta.dirname, '../../../entrypoints');
const contentScripts = readdirSync(entrypoints).filter((name) => name.endsWith('.content.ts'));

describe("Rapport's content-script context", () => {
  it('has every member the content scripts use', () => {
    expect(contentScripts.length).toBeGreaterThanOrEqual(2);
    const used = new Set<string>();
    for (const name of contentScripts) {
      const source = readFileSync(join(entrypoints, name), 'utf8');
      expect(source, name).toMatch(/main\(ctx\)/);
      for (const [, member] of source.matchAll(/\bctx\.(\w+)/g)) used.add(member!);
    }
    expect([...used]).toEqual(expect.arrayContaining(['signal', 'onInvalidated']));
    const members = new Set(Object.getOwnPropertyNames(ContentScriptContext.prototype));
    for (const member of used) expect(members, `ctx.${member}`).toContain(member);
  });
});
