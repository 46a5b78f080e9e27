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

/**
 * Pages drawn without React (the network view paints its stored picture before any framework could load): a failure
 * there reaches the same view through mountFailure (tests/component/network-page.test.ts shows it).
 */
const DRAWN_WITHOUT_REACT: Record<string, string> = { network: 'components/network/network-page.ts' };

/**
 * Pages whose entry starts their first work and then imports the page (entrypoints/sidepanel/main.ts starts the
 * queue's reads before React loads): the file it imports is the one that mounts.
 */
const MOUNTED_IN_TWO_STEPS: Record<string, { entry: string; mountedBy: string }> = {
  sidepanel: { entry: 'main.ts', mountedBy: 'page.tsx' },
};

describe('every extension page', () => {
  it('is mounted through mount(), which wraps it in the boundary, or shows its failures through mountFailure()', async () => {
    const { readdirSync, readFileSync, existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '../../..');
    const dir = join(root, 'entrypoints');
    const pages = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'index.html')));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const drawnBy = DRAWN_WITHOUT_REACT[page];
      if (drawnBy) {
        const code = readFileSync(join(root, drawnBy), 'utf8');
        expect({ page, failures: /\bmountFailure\(/.test(code) }).toEqual({ page, failures: true });
        continue;
      }
      const steps = MOUNTED_IN_TWO_STEPS[page];
      if (steps) {
        const entry = readFileSync(join(dir, page, steps.entry), 'utf8');
        const imported = `import('./${steps.mountedBy.replace(/\.tsx?$/, '')}')`;
        expect({ page, imports: entry.includes(imported) }).toEqual({ page, imports: true });
      }
      const main = readFileSync(join(dir, page, steps?.mountedBy ?? 'main.tsx'), 'utf8');
      expect({ page, mounted: /\bmount\(/.test(main) }).toEqual({ page, mounted: true });
    }
    const mount = readFileSync(join(root, 'components/shared/mount.tsx'), 'utf8');
    expect(mount).toMatch(/<PageErrorBoundary rescue=\{rescue\}>\{page\}<\/PageErrorBoundary>/);
    expect(mount).toMatch(/<PageFailure error=\{error\} rescue=\{rescue\} \/>/);
  });
});
