// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { paintLoading } from '../../components/follow-up/first-paint';
import { mountSidePanel } from '../../entrypoints/sidepanel/page';

// The notice of unsaved captures asks the background, which no test runs here.
vi.mock('../../lib/browser/messaging', () => ({
  sendToBackground: async () => ({ ok: true, value: { waiting: 0, lost: 0, since: null } }),
}));

let mounted: Root | undefined;

// Unmounted, so nothing of the page (its live queries, its minute tick) runs once the test's window is gone.
afterEach(async () => {
  await act(async () => mounted?.unmount());
  document.body.replaceChildren();
});

/** The side panel's box painted before React (as entrypoints/sidepanel/main.ts paints it), focused, holding `typed`. */
function paintedSearchBox(typed: string) {
  fakeBrowser.reset();
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  paintLoading(root);
  const painted = root.querySelector('input')!;
  painted.value = typed;
  painted.focus();
  return painted;
}

/** React's search box once the page is mounted as the panel mounts it: in its own task, not in one act() flushes. */
function mountedSearchBox() {
  mounted = mountSidePanel();
  return document.querySelector<HTMLInputElement>('#root input')!;
}

describe('the side panel replacing its first paint', () => {
  it('keeps what was typed in the painted search box, and its focus', async () => {
    const painted = paintedSearchBox('marsh');
    const search = mountedSearchBox();
    expect(search).not.toBe(painted);
    expect(search.value).toBe('marsh');
    expect(document.activeElement).toBe(search);
    expect(search.selectionStart).toBe('marsh'.length);
    // The search itself ran (and finished before the test ends): nobody is stored.
    await screen.findByText('No one matches “marsh”.');
  });

  it('replaces the painted box in the task that mounts it, so a search typed right after lands in the box React drew', async () => {
    const painted = paintedSearchBox('');
    const search = mountedSearchBox();
    expect(search).not.toBe(painted);
    expect(document.activeElement).toBe(search);
    // What a person types next goes where they are typing.
    await userEvent.keyboard('marsh');
    expect(search.value).toBe('marsh');
    await screen.findByText('No one matches “marsh”.');
  });
});
