import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  type ExtensionPageName,
  launchRapport,
  type RapportBrowser,
} from '../../e2e/harness/extension';

let rapport: RapportBrowser;

beforeAll(async () => {
  rapport = await launchRapport();
});

afterAll(async () => {
  await rapport?.close();
});

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  content_security_policy: { extension_pages: string };
};

describe('extension pages’ content security policy', () => {
  it("starts from default-src 'none' and allows only the extension's own files", () => {
    const directives = Object.fromEntries(
      manifest.content_security_policy.extension_pages.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives['default-src']).toBe("'none'");
    for (const [name, value] of Object.entries(directives)) {
      expect({ name, value }).toEqual({ name, value: expect.stringMatching(/^'(self|none)'$/) });
    }
  });

  it.each<ExtensionPageName>(['popup', 'sidepanel', 'options'])(
    '%s renders without a violation, and an image, style, font or frame from elsewhere is refused',
    async (name) => {
      const page = await rapport.context.newPage();
      const refusedOnLoad: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/.test(message.text())) refusedOnLoad.push(message.text());
      });
      await page.goto(`chrome-extension://${rapport.extensionId}/${name}.html`);
      await page.locator('#root *').first().waitFor();
      // The design tokens applied (a constructed sheet; an inline <style> would be refused).
      const background = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
      );
      expect(background).not.toBe('');
      expect(refusedOnLoad).toEqual([]);
      const violations = await page.evaluate(async () => {
        // Each refusal is reported as an event: wait for the three the page must refuse (no timer; if one is never
        // refused, this never returns and the test fails on its timeout).
        const expected = ['frame-src', 'img-src', 'style-src-elem'];
        const seen = new Set<string>();
        const allRefused = new Promise<void>((resolve) =>
          document.addEventListener('securitypolicyviolation', (e) => {
            seen.add(e.effectiveDirective);
            if (expected.every((directive) => seen.has(directive))) resolve();
          }),
        );
        // Anything already refused while the page loaded would have been reported before we listened: the
        // page's own styles (rapport.css, adopted from its script) must have applied, so check they did.
        const styled = getComputedStyle(document.body).margin === '0px';
        const img = document.createElement('img');
        img.src = 'https://evil.example/pixel.png';
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = 'https://evil.example/x.css';
        const frame = document.createElement('iframe');
        frame.src = 'https://evil.example/';
        const style = document.createElement('style');
        style.textContent =
          '@font-face { font-family: x; src: url(https://evil.example/f.woff2); } body { font-family: x; }';
        document.body.append(img, link, frame, style);
        await allRefused;
        return { styled, seen: [...seen].sort() };
      });
      expect(violations.styled).toBe(true);
      expect(violations.seen).toEqual(expect.arrayContaining(['frame-src', 'img-src', 'style-src-elem']));
      expect(rapport.leaks).toEqual([]);
    },
  );
});
