import { describe, expect, it } from 'vitest';
import { countFromText } from '../../../lib/linkedin/extract/connections';
import { nameFromTitle } from '../../../lib/linkedin/extract/meta';
import { parseMutuals } from '../../../lib/linkedin/extract/mutuals';

describe('parseMutuals', () => {
  it.each([
    ['Ana Silva, Ben Ode, and 2 other mutual connections', 4, ['Ana Silva', 'Ben Ode']],
    ['Ana Silva and 1 other mutual connection', 2, ['Ana Silva']],
    ['Ana Silva and Ben Ode are mutual connections', 2, ['Ana Silva', 'Ben Ode']],
    ['Ana Silva is a mutual connection', 1, ['Ana Silva']],
    ['12 mutual connections', 12, []],
    ['1,204 mutual connections', 1204, []],
    [
      '16 Mutual Connections You and Sam both know Ana Silva, Ben Ode, and 14 others',
      16,
      ['Ana Silva', 'Ben Ode'],
    ],
  ])('%s → %i', (phrase, count, names) => {
    expect(parseMutuals(phrase)).toEqual({ count, names });
  });

  it.each(['See your mutual connections with Ana', 'mutual connections', 'Endorsed by'])(
    '%s has no count',
    (phrase) => {
      expect(parseMutuals(phrase)).toBeNull();
    },
  );
});

describe('countFromText', () => {
  it.each([
    ['Lisbon Contact info 500+connections', '500+'],
    ['357 connections', '357'],
    ['424 424 connections', '424'],
    ['See connections (445)', '445'],
    ['Ana, Ben and 2 other mutual connections', null],
    ['12,345 followers', null],
  ])('%s → %s', (text, count) => {
    expect(countFromText(text)).toBe(count);
  });
});

describe('nameFromTitle', () => {
  it.each([
    ['(3) Jane Doe | LinkedIn', 'Jane Doe'],
    ['Jane Doe - Engineer - Acme | LinkedIn', 'Jane Doe'],
    ['LinkedIn: Log In or Sign Up', ''],
    ['Jane Doe – LinkedIn', 'Jane Doe'],
  ])('%s → %s', (title, name) => {
    expect(nameFromTitle(title)).toBe(name);
  });
});
