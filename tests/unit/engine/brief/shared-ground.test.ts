import { describe, expect, it } from 'vitest';
import { cityKey, orgKey } from '../../../../lib/engine/brief/names';
import { sharedGround } from '../../../../lib/engine/brief/shared-ground';
import type { OwnProfile } from '../../../../lib/schema/own-profile';
import { contact } from '../factories';

const YEAR = 2026;

function me(overrides: Partial<OwnProfile> = {}): OwnProfile {
  return {
    key: 'me',
    publicId: 'rui-me',
    name: 'Rui Me',
    headline: '',
    title: 'Engineer',
    company: 'Harbour Labs',
    location: 'Porto, Portugal',
    experience: [
      { title: 'Engineer', company: 'Harbour Labs', dates: 'Jan 2022 - Present' },
      { title: 'Analyst', company: 'Amazon Web Services (AWS)', dates: '2016 - 2021' },
    ],
    education: [{ school: 'University of Porto', degree: 'MSc', dates: '2010 - 2015' }],
    source: 'capture',
    updatedAt: 0,
    ...overrides,
  };
}

describe('sharedGround', () => {
  it.each([
    {
      case: 'current colleagues',
      them: {
        company: 'Harbour Labs',
        experience: [{ title: 'PM', company: 'Harbour Labs', dates: 'Mar 2023 - Present' }],
      },
      expected: [['employer', 'You both work at Harbour Labs']],
    },
    {
      case: 'a past employer named another way, with overlapping years',
      them: {
        company: 'Tidewater',
        experience: [
          { title: 'Lead', company: 'Tidewater', dates: '2022 - Present' },
          { title: 'SDE', company: 'Amazon Web Services, Inc.', dates: '2019 - 2022' },
        ],
      },
      expected: [['employer', 'You both worked at Amazon Web Services, Inc. (at the same time, 2019–2021)']],
    },
    {
      case: 'the same school, years overlapping',
      them: { education: [{ school: 'University of Porto', degree: '', dates: '2013 - 2017' }] },
      expected: [['school', 'You both studied at University of Porto (you overlapped 2013–2015)']],
    },
    {
      case: 'the same school, years apart',
      them: { education: [{ school: 'university of porto', degree: '', dates: '2019 - 2023' }] },
      expected: [['school', 'You both studied at university of porto (they were there 2019–2023)']],
    },
    {
      case: 'the same city, written differently',
      them: { location: 'Porto, Porto District, Portugal' },
      expected: [['city', 'You are both in Porto']],
    },
    {
      case: 'mutual connections with names and a count',
      them: { mutualNames: ['Ana Lima', 'Bo Berg'], mutualCount: 7 },
      expected: [['mutual', 'You both know Ana Lima, Bo Berg and 5 others']],
    },
    {
      case: 'a count of mutuals without names',
      them: { mutualCount: 1 },
      expected: [['mutual', '1 mutual connection']],
    },
    {
      case: 'tags the user filed them under',
      them: { tags: ['web-summit'] },
      expected: [['tag', 'You filed them under web-summit']],
    },
    {
      case: 'nothing in common',
      them: {
        company: 'Elsewhere',
        location: 'Lima, Peru',
        education: [{ school: 'PUCP', degree: '', dates: '' }],
      },
      expected: [],
    },
  ])('$case', ({ them, expected }) => {
    const person = contact({ id: 'ada', ...them });
    expect(sharedGround(person, me(), YEAR).map((item) => [item.kind, item.text])).toEqual(expected);
  });

  it('without the own profile, still names mutual connections and tags, and nothing else', () => {
    const person = contact({
      id: 'ada',
      company: 'Harbour Labs',
      location: 'Porto',
      mutualNames: ['Ana Lima'],
      mutualCount: 1,
      tags: ['mentor'],
    });
    expect(sharedGround(person, null, YEAR).map((item) => item.kind)).toEqual(['mutual', 'tag']);
  });

  it('orders the strongest first and names each employer once', () => {
    const person = contact({
      id: 'ada',
      company: 'Harbour Labs',
      location: 'Porto',
      mutualNames: ['Ana Lima'],
      experience: [
        { title: 'PM', company: 'Harbour Labs', dates: '2024 - Present' },
        { title: 'Intern', company: 'Harbour Labs', dates: '2020 - 2021' },
      ],
      education: [{ school: 'University of Porto', degree: '', dates: '' }],
    });
    expect(sharedGround(person, me(), YEAR).map((item) => item.kind)).toEqual([
      'employer',
      'school',
      'city',
      'mutual',
    ]);
  });
});

describe('name folding', () => {
  it.each([
    ['Amazon Web Services (AWS)', 'amazon web services'],
    ['Amazon Web Services, Inc.', 'amazon web services'],
    ['Société Générale SA', 'societe generale'],
    ['Mroźny Szlak Sp. z o.o.', 'mrozny szlak sp z o o'],
  ])('%s → %s', (name, key) => {
    expect(orgKey(name)).toBe(key);
  });

  it.each([
    ['Greater Seattle Area', 'seattle'],
    ['Kraków, Małopolskie, Poland', 'krakow'],
    ['São Paulo Metropolitan Area', 'sao paulo'],
    ['', ''],
  ])('city of %s', (location, key) => {
    expect(cityKey(location)).toBe(key);
  });
});
