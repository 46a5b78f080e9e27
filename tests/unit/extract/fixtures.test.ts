import { describe, expect, it } from 'vitest';
import { ProfileSnapshotSchema } from '../../../lib/schema/profile-snapshot';
import { checkFolder } from '../../../scripts/conformance';
import { extractFixture, FIXTURES } from './load';

describe('conformance on the hand-written fixtures', () => {
  it('gets every checked field of every layout right and rejects every negative', () => {
    const checks = checkFolder(FIXTURES);
    expect(checks.filter((c) => c.field === 'rejected')).toHaveLength(4);
    expect(checks.filter((c) => !c.right)).toEqual([]);
  });
});

describe('extractProfile on fixtures', () => {
  it('reads a 2024 logged-in page: grouped roles, about, education, mutual names', () => {
    const { profile } = extractFixture(
      '2024-logged-in/profile.html',
      'https://www.linkedin.com/in/amaru-villca/',
    );
    expect(profile).not.toBeNull();
    expect(ProfileSnapshotSchema.parse(profile)).toEqual(profile);
    expect(profile?.publicId).toBe('amaru-villca');
    expect(profile?.profileUrl).toBe('https://www.linkedin.com/in/amaru-villca/');
    expect(profile?.company).toBe('Agua Alta Cooperativa');
    expect(profile?.sources.company).toBe('aria');
    expect(profile?.title).toBe('Lead water engineer');
    expect(profile?.experience).toEqual([
      {
        title: 'Lead water engineer',
        company: 'Agua Alta Cooperativa',
        dates: 'Jan 2021 - Present · 3 yrs 8 mos',
      },
      {
        title: 'Field engineer',
        company: 'Agua Alta Cooperativa',
        dates: 'Jul 2018 - Dec 2020 · 2 yrs 6 mos',
      },
      { title: 'Hydrology intern', company: 'Minera del Sur', dates: 'Jan 2018 - Jun 2018 · 6 mos' },
    ]);
    expect(profile?.education).toEqual([
      { school: 'Universidad Mayor de San Andrés', degree: 'Civil Engineering', dates: '2011 - 2016' },
    ]);
    expect(profile?.about).toMatch(/^Twelve years designing catchment tanks\./);
    expect(profile?.mutualNames).toEqual(['Lucía Mamani', 'Ngozi Eze']);
  });

  it('reads a public page from its JSON-LD first', () => {
    const { profile } = extractFixture(
      '2024-guest/profile.html',
      'https://nz.linkedin.com/in/keoni-alvarado',
    );
    expect(profile?.sources).toMatchObject({
      name: 'json-ld',
      location: 'json-ld',
      title: 'json-ld',
      company: 'json-ld',
    });
    expect(profile?.sources.headline).toBe('heading');
    expect(profile?.title).toBe('Marine biologist');
    expect(profile?.company).toBe('Reef Futures Lab');
    expect(profile?.about).toBe('I map coral recovery. Happy to share survey data with students.');
    expect(profile?.experience.map((e) => e.company)).toEqual(['Reef Futures Lab', 'Ocean Count Trust']);
    expect(profile?.education).toEqual([{ school: 'University of Otago', degree: '', dates: '2011 - 2015' }]);
    expect(profile?.degree).toBeNull();
  });

  it('reads the guessed next layout without any known class name', () => {
    for (const [file, url] of [
      ['next-layout/aria-only.html', 'https://www.linkedin.com/in/wanjiru-kamau/'],
      ['next-layout/heading-role.html', 'https://www.linkedin.com/in/soren-oster-nakamura/'],
    ] as const) {
      const { profile } = extractFixture(file, url);
      expect(profile, file).not.toBeNull();
      expect(Object.values(profile?.sources ?? {}), file).not.toContain('class');
    }
  });

  it('tells the own 2018 page by its editing controls, and leaves degree and mutuals empty', () => {
    const { profile } = extractFixture(
      '2018-logged-in/own.html',
      'https://www.linkedin.com/in/ingrid-solheim-abara/',
    );
    expect(profile?.isOwnProfile).toBe(true);
    expect(profile?.degree).toBeNull();
    expect(profile?.mutualCount).toBeNull();
  });

  it('takes the public id from the page when the address is /in/me/', () => {
    const { profile } = extractFixture('2024-ab-layout/profile.html', 'https://www.linkedin.com/in/me/');
    expect(profile?.publicId).toBe('chioma-adeyemi-larsen');
    expect(profile?.isOwnProfile).toBe(true);
  });

  it.each([
    ['negatives/authwall.html', 'log-in wall'],
    ['negatives/not-found.html', 'profile not found'],
    ['negatives/company.html', 'organisation page'],
    ['negatives/blank.html', 'no name on the page'],
  ])('rejects %s with a reason', (file, reason) => {
    expect(extractFixture(file, 'https://www.linkedin.com/in/someone/')).toEqual({ profile: null, reason });
  });

  it('rejects a profile page served at a non-profile address', () => {
    const result = extractFixture('2024-ab-layout/profile.html', 'https://www.linkedin.com/company/nordlys/');
    expect(result.profile).toBeNull();
    expect(result.reason).toMatch(/not a profile address/);
  });
});
