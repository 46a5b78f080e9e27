import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageProfileAddress } from '../../../lib/linkedin/extract/page-address';
import { profileIdFromUrl } from '../../../lib/linkedin/url';
import { documentOf, FIXTURES } from './load';

// Every fixture folder's expected.json says where each page was served; a page on disk must find it alone.
const pages = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, dir.name, 'expected.json'), 'utf8')) as Record<
      string,
      { url?: string }
    >;
    return Object.entries(expected).map(([file, page]) => ({
      path: join(dir.name, file),
      id: page.url && !page.url.includes('/in/me/') ? profileIdFromUrl(page.url) : null,
    }));
  });

describe('pageProfileAddress', () => {
  // A page that links nowhere under its own address (a fragment) cannot name it.
  const selfLinking = pages.filter(
    (page) => page.id && readFileSync(join(FIXTURES, page.path), 'utf8').includes(`/in/${page.id}`),
  );

  it('has pages to check', () => {
    expect(selfLinking.length).toBeGreaterThanOrEqual(6);
  });

  it.each(selfLinking)('$path names its own address', ({ path, id }) => {
    const address = pageProfileAddress(documentOf(readFileSync(join(FIXTURES, path), 'utf8')));
    expect(address && profileIdFromUrl(address)).toBe(id);
  });

  it('ignores links to other people and to /in/me/', () => {
    const doc = documentOf(
      `<a href="/in/someone-else/">Someone</a><a href="/in/me/overlay/contact-info/">Me</a>
       <aside><a href="/in/viewer-2/">People also viewed</a></aside>`,
    );
    expect(pageProfileAddress(doc)).toBeNull();
  });

  it('reads og:url first, then the page’s links to its own overlays', () => {
    const own = documentOf('<a href="/in/ana-lopes/overlay/contact-info/">Contact info</a>');
    expect(pageProfileAddress(own)).toBe('https://www.linkedin.com/in/ana-lopes/');
    const named = documentOf(
      '<meta property="og:url" content="https://pt.linkedin.com/in/ana-lopes"><a href="/in/other/details/">x</a>',
    );
    expect(pageProfileAddress(named)).toBe('https://pt.linkedin.com/in/ana-lopes');
  });
});
