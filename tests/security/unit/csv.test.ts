import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactsToCsv } from '../../../lib/export/contacts-csv';
import { importedContact } from '../../../lib/import/imported-contact';

const TRIGGER = /^[=+\-@\t\r]/;

/** How a spreadsheet that ignores quotes, or uses another separator, would cut the file into cells. */
function naiveCells(csv: string, separator: string): string[] {
  return csv.split(/\r\n|\n|\r/).flatMap((line) => line.split(separator));
}

/** A cell as such a spreadsheet reads it: one opening quote dropped, leading spaces ignored. */
const startsAsFormula = (cell: string) => TRIGGER.test(cell.replace(/^"/, '').replace(/^ +/, ''));

const risky = fc
  .array(
    fc.constantFrom('=', '+', '-', '@', ';', ',', '\t', '\r', '\n', ' ', '"', '|', 'a', '1', 'SUM(A1)'),
    {
      maxLength: 16,
    },
  )
  .map((parts) => parts.join(''));

describe('contacts CSV', () => {
  it('keeps `Engineer;=1+1` from becoming a formula in a “;”-separated spreadsheet', () => {
    const contact = { ...importedContact('x', 'Ada', 0), title: 'Engineer;=1+1', company: 'Acme, =2+2' };
    const csv = contactsToCsv([contact]);
    for (const separator of [',', ';', '\t']) {
      expect(naiveCells(csv, separator).filter(startsAsFormula)).toEqual([]);
    }
    const [, row] = Papa.parse<string[]>(csv).data;
    expect([row?.[2], row?.[3]]).toEqual(["Engineer;'=1+1", "Acme, '=2+2"]);
  });

  it('quotes every cell', () => {
    const csv = contactsToCsv([importedContact('x', 'Ada', 0)]);
    for (const cell of naiveCells(csv, ',')) expect(cell).toMatch(/^".*"$/);
  });

  it('no cell starts as a formula in any separator, and the values read back with only apostrophes added', () => {
    fc.assert(
      fc.property(risky, risky, risky, (name, title, notes) => {
        const contact = { ...importedContact('x', name || 'n', 0), title, notes };
        const csv = contactsToCsv([contact]);
        for (const separator of [',', ';', '\t', '|']) {
          expect(naiveCells(csv, separator).filter(startsAsFormula)).toEqual([]);
        }
        const [, row] = Papa.parse<string[]>(csv).data;
        const strip = (cell: string | undefined) => cell?.replace(/'(?=[=+\-@\t\r])/g, '');
        expect([strip(row?.[0]), strip(row?.[2]), strip(row?.[11])]).toEqual([
          (name || 'n').replace(/'(?=[=+\-@\t\r])/g, ''),
          title.replace(/'(?=[=+\-@\t\r])/g, ''),
          notes.replace(/'(?=[=+\-@\t\r])/g, ''),
        ]);
      }),
    );
  });

  it('writes an empty date instead of failing on a time no calendar can show', () => {
    const contact = { ...importedContact('x', 'Ada', 0), connectedAt: 9e15, lastInteractionAt: -9e15 };
    expect(() => contactsToCsv([contact])).not.toThrow();
  });
});
