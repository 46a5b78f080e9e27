import type { Plugin } from 'vite';

/**
 * Two things Rapport's pages never do, taken out of the libraries at build time so the add-on linter (and a
 * reviewer) can see it rather than take our word:
 * - zod's JIT compiles parsers with `new Function`; the extension CSP forbids eval, so zod already falls back to
 *   its interpreter there. The probe and the compiler go.
 * - React sets `innerHTML` only for `dangerouslySetInnerHTML`, which no component uses; it now throws instead.
 * Each replacement must match exactly once, so a library upgrade that changes the code fails the build loudly.
 */
const REPLACEMENTS: { file: RegExp; from: string; to: string; times: number }[] = [
  {
    file: /zod\/v4\/core\/util\.js$/,
    from: 'try {\n        const F = Function;\n        new F("");\n        return true;\n    }\n    catch (_) {\n        return false;\n    }',
    to: 'return false;',
    times: 1,
  },
  {
    file: /zod\/v4\/core\/doc\.js$/,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of zod's own template literal, matched as is
    from: 'const F = Function;\n        const content = this?.content ?? [``];\n        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\\n${content.join("\\n")}\\n};`);\n        return factory(...Object.values(this.closed));',
    to: 'throw new Error("Rapport builds zod without its JIT (the extension CSP forbids eval)");',
    times: 1,
  },
  {
    file: /react-dom\/cjs\/react-dom-client\.production\.js$/,
    from: '(domElement.innerHTML = key);',
    to: '(() => { throw Error("Rapport sets no raw HTML"); })();',
    times: 2,
  },
];

export function buildHardening(): Plugin {
  return {
    name: 'rapport-build-hardening',
    enforce: 'pre',
    transform(code, id) {
      const path = id.replaceAll('\\', '/').split('?')[0]!;
      let out = code;
      for (const { file, from, to, times } of REPLACEMENTS) {
        if (!file.test(path)) continue;
        const found = out.split(from).length - 1;
        if (found !== times)
          throw new Error(`build-hardening: expected ${times} × the known code in ${path}, found ${found}`);
        out = out.replaceAll(from, to);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
