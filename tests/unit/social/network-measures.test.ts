import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../lib/schema/contact';
import { computeNetwork, type NetworkRow, type PictureId } from '../../../lib/social/network';
import { contact } from '../engine/factories';

// The measures behind each picture (whitepaper: Diversify Your Network), one person or one exchange at a time.
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 18, 9);
const WEAK_TIE_DAYS = 90;

const row = (daysAgo: number, over: Partial<NetworkRow> = {}): NetworkRow => ({
  contactId: 'p',
  at: NOW - daysAgo * DAY,
  kind: 'message-sent',
  actor: 'me',
  exchange: 'none',
  ...over,
});

/** The one slice of `picture` a single person lands in. */
function sliceOf(person: Partial<Contact>, picture: PictureId, interactions: NetworkRow[] = []): string[] {
  const { pictures } = computeNetwork({
    contacts: [contact({ id: 'p', name: 'Pat Doe', ...person })],
    interactions,
    now: NOW,
    weakTieDays: WEAK_TIE_DAYS,
  });
  return pictures.find((p) => p.id === picture)!.slices.map((s) => s.label);
}

describe('tie strength', () => {
  it.each<[string, Partial<Contact>, NetworkRow[], string]>([
    ['three exchanges in the last half year', {}, [row(10), row(50), row(170)], 'strong'],
    ['two in the half year, one older', {}, [row(10), row(50), row(200)], 'weak'],
    ['one exchange within the weak-tie threshold', {}, [row(80)], 'weak'],
    ['one exchange past the threshold', {}, [row(100)], 'dormant'],
    ['in touch recently by the contact record alone', { lastInteractionAt: NOW - 30 * DAY }, [], 'weak'],
    ['never in touch', { lastInteractionAt: 0 }, [], 'dormant'],
    ['an exchange dated in the future is ignored', {}, [row(-5), row(-6), row(-7)], 'dormant'],
    ['three exchanges a year and a half ago', {}, [row(500), row(510), row(520)], 'dormant'],
  ])('%s → %s', (_, person, interactions, expected) => {
    expect(sliceOf(person, 'tie', interactions)).toEqual([expected]);
  });
});

describe('last in touch', () => {
  it.each<[number, string]>([
    [0, 'No exchange yet'],
    [1, 'Last 30 days'],
    [30, 'Last 30 days'],
    [31, '1–3 months'],
    [100, '3–6 months'],
    [200, '6–12 months'],
    [365, '6–12 months'],
    [366, 'Over a year'],
  ])('%i days ago → %s', (daysAgo, expected) => {
    expect(sliceOf({ lastInteractionAt: daysAgo ? NOW - daysAgo * DAY : 0 }, 'recency')).toEqual([expected]);
  });
});

describe('location: one place however LinkedIn words it', () => {
  it.each<[string, string]>([
    ['Stockholm, Stockholm County, Sweden', 'Stockholm'],
    ['Greater Stockholm Metropolitan Area', 'Stockholm'],
    ['San Francisco Bay Area', 'San Francisco'],
    ['Greater London Area', 'London'],
    ['Singapore', 'Singapore'],
    ['', 'Not known'],
    ['   ', 'Not known'],
  ])('%j → %s', (location, expected) => {
    expect(sliceOf({ location }, 'location')).toEqual([expected]);
  });

  it('counts spellings that differ only by accents and case as one place', () => {
    const { pictures } = computeNetwork({
      contacts: [
        contact({ id: 'a', location: 'São Paulo, Brazil' }),
        contact({ id: 'b', location: 'Sao Paulo' }),
        contact({ id: 'c', location: 'SÃO PAULO Area' }),
      ],
      interactions: [],
      now: NOW,
      weakTieDays: WEAK_TIE_DAYS,
    });
    expect(pictures.find((p) => p.id === 'location')!.slices).toEqual([{ label: 'São Paulo', count: 3 }]);
  });
});

describe('headline keywords', () => {
  it.each<[string, string[]]>([
    ['Senior Software Engineer at Globex', ['software', 'engineer', 'globex']],
    ['Helping founders build teams | Recruiter', ['founders', 'recruiter']],
    ['C++ and C# developer', ['c++', 'developer']],
    ['', []],
  ])('%j → %j', (headline, expected) => {
    expect(sliceOf({ headline, title: '' }, 'keyword').sort()).toEqual([...expected].sort());
  });

  it('falls back to the title when there is no headline', () => {
    expect(sliceOf({ headline: '', title: 'Data Scientist' }, 'keyword').sort()).toEqual([
      'data',
      'scientist',
    ]);
  });
});

describe('degree and how we met', () => {
  it.each<[Partial<Contact>, string]>([
    [{ degree: 1 }, '1st'],
    [{ degree: 2 }, '2nd'],
    [{ degree: 3 }, '3rd'],
    [{ degree: null }, 'Not known'],
  ])('%j → %s', (person, expected) => {
    expect(sliceOf(person, 'degree')).toEqual([expected]);
  });

  it.each<[Partial<Contact>, string]>([
    [{ howWeMet: 'Met at Web Summit' }, 'Met at Web Summit'],
    [{ howWeMet: '', source: 'import' }, 'LinkedIn connection'],
    [{ howWeMet: '', source: 'capture', connectedAt: NOW - 400 * DAY }, 'LinkedIn connection'],
    [{ howWeMet: '', source: 'capture', connectedAt: null }, 'Profile visited'],
  ])('%j → %s', (person, expected) => {
    expect(sliceOf(person, 'how-met')).toEqual([expected]);
  });
});

describe('the give/ask balance across everyone', () => {
  it('counts each side’s gives, asks and thanks of the last year, not older or future ones', () => {
    const { balance } = computeNetwork({
      contacts: [contact({ id: 'p' })],
      interactions: [
        row(5, { kind: 'helped' }),
        row(6, { kind: 'asked' }),
        row(7, { kind: 'asked' }),
        row(8, { kind: 'thanked' }),
        row(9, { kind: 'helped', actor: 'them' }),
        row(10, { kind: 'message-received', actor: 'them', intent: 'ask' }),
        row(400, { kind: 'helped' }),
        row(-3, { kind: 'helped' }),
      ],
      now: NOW,
      weakTieDays: WEAK_TIE_DAYS,
    });
    expect(balance).toEqual({
      me: { gave: 1, asked: 2, thanked: 1 },
      them: { gave: 1, asked: 1, thanked: 0 },
    });
  });
});

describe('bars', () => {
  it('keeps the eight biggest, sums the rest as Other, and puts Not known last', () => {
    const companies = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
    const contacts = companies.flatMap((company, i) =>
      Array.from({ length: 10 - i }, (_, k) => contact({ id: `${company}${k}`, company })),
    );
    contacts.push(contact({ id: 'nobody', company: '' }));
    const slices = computeNetwork({
      contacts,
      interactions: [],
      now: NOW,
      weakTieDays: WEAK_TIE_DAYS,
    }).pictures.find((p) => p.id === 'company')!.slices;
    expect(slices.map((s) => `${s.label} ${s.count}`)).toEqual([
      'A 10',
      'B 9',
      'C 8',
      'D 7',
      'E 6',
      'F 5',
      'G 4',
      'H 3',
      'Other 3',
      'Not known 1',
    ]);
  });
});
