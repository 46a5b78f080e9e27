import { describe, expect, it } from 'vitest';
import { isSchoolName } from '../../../lib/linkedin/extract/card-organisations';
import { followersFromText } from '../../../lib/linkedin/extract/followers';
import { extractFixture, extractHtml } from './load';

const SDUI_URL = 'https://www.linkedin.com/in/tomasz-wo/';

/** A 2026 server-driven top card: name in an h2 inside a link, badges as lines of their own after it. */
function sduiCard(badges: string, extra = ''): string {
  return `<html><head><title>Ada Okafor | LinkedIn</title></head><body><main>
    <section><div><a href="https://www.linkedin.com/in/ada-o/"><div><h2 class="d5431a5b">Ada Okafor</h2></div></a>
    ${badges}</div>
    <p>Nurse educator</p><p>Lagos, Nigeria</p><p><a href="https://www.linkedin.com/in/ada-o/overlay/contact-info/">Contact info</a></p>
    ${extra}</section>
    <aside><section><h2>People you may know</h2><p>· 1st</p><p>· 1st</p></section></aside></main></body></html>`;
}

describe('the 2026 server-driven layout', () => {
  it('reads the whole fixture from stable signals, the visible degree badge and not the hidden one', () => {
    const { profile } = extractFixture('2026-sdui/profile.html', SDUI_URL);
    expect(profile).toMatchObject({
      degree: 2,
      mutualCount: 11,
      mutualNames: ['Ifeoma Balogun', 'Kasia Nowicka'],
      followers: '4,210',
      title: 'Founder',
      company: 'Mroźny Szlak Cooperative',
    });
    expect(profile?.sources.degree).toBe('text');
    expect(profile?.headline?.length).toBeGreaterThan(200);
    expect(profile?.headline).toMatch(/Ex-Bolloré$/);
  });

  it.each([
    ['· 2nd', 2],
    ['· 3rd+', 3],
    ['<p>· 1st</p><div data-display-contents="true"><p>· 2nd</p></div>', 1],
  ])('takes the first badge after the name from %s, never a sidebar one', (badges, degree) => {
    const html = sduiCard(badges.startsWith('<') ? badges : `<p>${badges}</p>`);
    expect(extractHtml(html, 'https://www.linkedin.com/in/ada-o/').profile?.degree).toBe(degree);
  });

  it('leaves the degree empty when the top card shows no badge, whatever the sidebars show', () => {
    expect(extractHtml(sduiCard(''), 'https://www.linkedin.com/in/ada-o/').profile?.degree).toBeNull();
  });

  it('reads employer and school off the top card when the sections have not loaded', () => {
    const orgs = `<p>Lagos Nursing Cooperative · University of Ibadan</p>
      <div role="button"><p>Lagos Nursing Cooperative</p></div><div role="button"><p>University of Ibadan</p></div>`;
    const { profile } = extractHtml(sduiCard('<p>· 2nd</p>', orgs), 'https://www.linkedin.com/in/ada-o/');
    expect(profile?.company).toBe('Lagos Nursing Cooperative');
    expect(profile?.education).toEqual([{ school: 'University of Ibadan', degree: '', dates: '' }]);
  });

  it('does not take a line for organisations unless the card repeats it as buttons', () => {
    const { profile } = extractHtml(
      sduiCard('<p>· 2nd</p>', '<p>Lagos Nursing Cooperative · University of Ibadan</p>'),
      'https://www.linkedin.com/in/ada-o/',
    );
    expect(profile?.company).toBeNull();
    expect(profile?.education).toEqual([]);
  });
});

describe('the 2025 layout', () => {
  it('reads followers from the top card and the school from the education button', () => {
    const { profile } = extractFixture(
      '2025-logged-in/profile.html',
      'https://www.linkedin.com/in/leilani-k-05/',
    );
    expect(profile).toMatchObject({ degree: 3, followers: '2,048', connections: '312' });
    expect(profile?.education[0]?.school).toBe('University of Hawaiʻi at Hilo');
    expect(profile?.experience.map((e) => e.company)).toEqual(['Loko Iʻa Collective', 'Pacific Reef Watch']);
  });
});

describe('small readers', () => {
  it.each([
    ['1,628 followers', '1,628'],
    ['Activity 6,900 followers', '6,900'],
    ['2.5M followers', '2.5M'],
    ['1 follower', '1'],
    ['Follow', null],
    ['no count here followers', null],
  ])('followers from %j', (text, count) => {
    expect(followersFromText(text)).toBe(count);
  });

  it.each([
    ['Universidad Politécnica de Madrid', true],
    ['AGH University of Kraków', true],
    ['Lycée Henri-IV', true],
    ['東京大学', true],
    ['Amazon Web Services (AWS)', false],
    ['MEYVN', false],
    ['Schoolhouse Ventures', false],
  ])('%s is a school: %s', (name, school) => {
    expect(isSchoolName(name)).toBe(school);
  });
});
