import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactsToCsv } from '../../../lib/export/contacts-csv';
import { importedContact } from '../../../lib/import/imported-contact';

describe('contactsToCsv', () => {
  it('writes one quoted-as-needed row per contact that a CSV parser reads back', () => {
    const ada = {
      ...importedContact('ada-l', 'Ada "The Count" Lind', 0),
      company: 'North, South & Co',
      connectedAt: Date.UTC(2024, 11, 16, 12),
      tags: ['mentor', 'nordics'],
      notes: 'Line one\nline two',
    };
    const rows = Papa.parse<string[]>(contactsToCsv([ada])).data;
    expect(rows[0]).toEqual([
      'Name',
      'LinkedIn URL',
      'Title',
      'Company',
      'Headline',
      'Location',
      'Email',
      'Connected On',
      'Last Interaction',
      'Tags',
      'How We Met',
      'Notes',
    ]);
    expect(rows[1]).toEqual([
      'Ada "The Count" Lind',
      'https://www.linkedin.com/in/ada-l/',
      '',
      'North, South & Co',
      '',
      '',
      '',
      '2024-12-16',
      '',
      'mentor; nordics',
      '',
      'Line one\nline two',
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const evil = {
      ...importedContact('x', '=HYPERLINK("http://evil.example","click")', 0),
      title: '+1 rockstar',
      company: '-2',
      notes: '@SUM(A1)',
    };
    const [, row] = Papa.parse<string[]>(contactsToCsv([evil])).data;
    expect(row?.[0]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect([row?.[2], row?.[3], row?.[11]]).toEqual(["'+1 rockstar", "'-2", "'@SUM(A1)"]);
  });
});
