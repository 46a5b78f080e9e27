// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

describe('adoptPageStyle', () => {
  it('styles a page once, though its first step and React’s page each have their own copy of it', async () => {
    // jsdom has no constructed style sheets: a stand-in that keeps the text.
    vi.stubGlobal(
      'CSSStyleSheet',
      class {
        text = '';
        replaceSync(text: string) {
          this.text = text;
        }
      },
    );
    Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true });
    const first = await import('../../components/shared/page-style');
    vi.resetModules();
    const second = await import('../../components/shared/page-style');
    expect(second).not.toBe(first);
    first.adoptPageStyle();
    second.adoptPageStyle();
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });
});
