import { describe, expect, it } from 'vitest';
import { findBrowser, NO_BROWSER_MESSAGE } from '../e2e/harness/find-browser';

describe('findBrowser', () => {
  it('prefers CHROME_PATH', () => {
    expect(
      findBrowser(
        { CHROME_PATH: '/opt/my/chrome' },
        (p) => p === '/opt/my/chrome' || p === '/usr/bin/chromium',
      ),
    ).toBe('/opt/my/chrome');
  });

  it('rejects a CHROME_PATH that does not exist, naming it', () => {
    expect(() => findBrowser({ CHROME_PATH: '/nope' }, (p) => p !== '/nope')).toThrow('/nope');
  });

  it('falls back to the usual locations in order', () => {
    expect(findBrowser({}, (p) => p === '/usr/bin/google-chrome' || p === '/opt/google/chrome/chrome')).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it('fails with one line saying what to install', () => {
    expect(() => findBrowser({}, () => false)).toThrow(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
  });
});
