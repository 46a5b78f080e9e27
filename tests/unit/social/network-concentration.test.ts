import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../lib/schema/contact';
import { computeNetwork, type PictureId } from '../../../lib/social/network';
import { contact } from '../engine/factories';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 18, 9);

/** People at a company in a city, last in touch `daysAgo` (0: never). */
const people = (n: number, company: string, location: string, daysAgo: number, prefix: string): Contact[] =>
  Array.from({ length: n }, (_, i) =>
    contact({
      id: `${prefix}-${i}`,
      name: `${prefix} Person ${i}`,
      company,
      location,
      lastInteractionAt: daysAgo ? NOW - daysAgo * DAY : 0,
    }),
  );

const suggestion = (contacts: Contact[], id: PictureId) =>
  computeNetwork({ contacts, interactions: [], now: NOW, weakTieDays: 90 }).pictures.find((p) => p.id === id)!
    .suggestion;

describe('company and location suggestions', () => {
  it('names the weak ties outside the main company who have not heard from you in a year', () => {
    const text = suggestion(
      [...people(6, 'Northwind', 'Oslo', 10, 'Near'), ...people(4, 'Globex', 'Porto', 400, 'Far')],
      'company',
    ).text;
    expect(text).toMatch(
      /^Of the people you were in touch with this year, 100 % are at Northwind; 4 weak ties outside it have not heard from you in a year — start with these three: /,
    );
  });

  it('says something true, not "0 weak ties", when nobody outside has lapsed', () => {
    const company = suggestion(
      [...people(6, 'Northwind', 'Oslo', 10, 'Near'), ...people(2, 'Globex', 'Porto', 20, 'Other')],
      'company',
    );
    expect(company.text).not.toMatch(/\b0 weak ties/);
    expect(company.text).toBe(
      'Of your contacts, 75 % are at Northwind. Nobody outside it has gone a year without hearing from you; to widen your circle, get to know people at other companies.',
    );
    expect(company.people).toEqual([]);
    const location = suggestion(
      [...people(6, 'Northwind', 'Oslo', 10, 'Near'), ...people(2, 'Globex', 'Porto', 20, 'Other')],
      'location',
    );
    expect(location.text).toMatch(/^Of your contacts, 75 % live in Oslo\. Nobody elsewhere has gone a year/);
  });
});

describe('people suggested together', () => {
  it('are told apart by company when two share a name, in the sentence and on their links', () => {
    const namesakes = [
      ...people(6, 'Northwind', 'Oslo', 10, 'Near'),
      contact({
        id: 'ada-1',
        name: 'Ada Berg',
        company: 'Globex',
        location: 'Porto',
        lastInteractionAt: NOW - 400 * DAY,
      }),
      contact({
        id: 'ada-2',
        name: 'Ada Berg',
        company: 'Initech',
        location: 'Lima',
        lastInteractionAt: NOW - 401 * DAY,
      }),
      contact({
        id: 'bo',
        name: 'Bo Sato',
        company: 'Hooli',
        location: 'Kyiv',
        lastInteractionAt: NOW - 402 * DAY,
      }),
    ];
    const company = suggestion(namesakes, 'company');
    expect(company.text).toMatch(
      /start with these three: Ada Berg \(Globex\), Ada Berg \(Initech\) and Bo Sato\.$/,
    );
    expect(company.people.map((person) => person.name)).toEqual([
      'Ada Berg (Globex)',
      'Ada Berg (Initech)',
      'Bo Sato',
    ]);
  });
});
