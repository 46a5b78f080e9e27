// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary } from '../../../components/shared/PageErrorBoundary';

afterEach(cleanup);

function Broken(): never {
  // What a record with a time no calendar can show does to a date formatter.
  throw new RangeError(new Date(1e300).toISOString());
}

describe('PageErrorBoundary', () => {
  it('shows what failed, and still offers the rescue (export, restore, wipe), instead of a blank page', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <PageErrorBoundary rescue={<button type="button">Wipe all data…</button>}>
        <Broken />
      </PageErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Rapport could not show this page' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/Invalid time value/);
    expect(screen.getByRole('button', { name: 'Wipe all data…' })).toBeTruthy();
    error.mockRestore();
  });

  it('shows the page itself when nothing fails', () => {
    render(
      <PageErrorBoundary rescue={null}>
        <p>Queue</p>
      </PageErrorBoundary>,
    );
    expect(screen.getByText('Queue')).toBeTruthy();
  });
});

describe('every extension page', () => {
  it('is mounted through mount(), which wraps it in the boundary', async () => {
    const { readdirSync, readFileSync, existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '../../../entrypoints');
    const pages = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'index.html')));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const main = readFileSync(join(dir, page, 'main.tsx'), 'utf8');
      expect({ page, mounted: /\bmount\(/.test(main) }).toEqual({ page, mounted: true });
    }
    const mount = readFileSync(join(import.meta.dirname, '../../../components/shared/mount.tsx'), 'utf8');
    expect(mount).toMatch(/<PageErrorBoundary rescue=\{rescue\}>\{page\}<\/PageErrorBoundary>/);
  });
});
