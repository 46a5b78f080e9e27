// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { paintLoading } from '../../components/follow-up/first-paint';
import { SidePanelPage } from '../../components/follow-up/SidePanelPage';

// The notice of unsaved captures asks the background, which no test runs here.
vi.mock('../../lib/browser/messaging', () => ({
  sendToBackground: async () => ({ ok: true, value: { waiting: 0, lost: 0, since: null } }),
}));

afterEach(() => document.body.replaceChildren());

describe('the side panel replacing its first paint', () => {
  it('keeps what was typed in the painted search box, and its focus', async () => {
    fakeBrowser.reset();
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    paintLoading(root);
    const painted = root.querySelector('input')!;
    painted.value = 'marsh';
    painted.focus();
    await act(async () => createRoot(root).render(<SidePanelPage />));
    const search = root.querySelector('input')!;
    expect(search).not.toBe(painted);
    expect(search.value).toBe('marsh');
    expect(document.activeElement).toBe(search);
    expect(search.selectionStart).toBe('marsh'.length);
  });
});
