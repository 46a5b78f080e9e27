import { describe, expect, it } from 'vitest';
import { parseExportDate } from '../../../lib/import/export-date';

describe('parseExportDate', () => {
  it.each([
    ['09 Sep 2022', Date.UTC(2022, 8, 9, 12)],
    ['16 Dec 2024', Date.UTC(2024, 11, 16, 12)],
    ['1/8/18, 6:14 PM', Date.UTC(2018, 0, 8, 18, 14)],
    ['10/16/18, 8:36 AM', Date.UTC(2018, 9, 16, 8, 36)],
    ['8/26/22, 12:05 AM', Date.UTC(2022, 7, 26, 0, 5)],
    ['8/26/22, 12:05 PM', Date.UTC(2022, 7, 26, 12, 5)],
    ['2024-12-16 18:24:37 UTC', Date.UTC(2024, 11, 16, 18, 24, 37)],
    ['23-Apr-23', Date.UTC(2023, 3, 23, 12)],
    ['6-Feb-26', Date.UTC(2026, 1, 6, 12)],
    ['4/23/2023 14:05', Date.UTC(2023, 3, 23, 14, 5)],
    ['2023-04-23', Date.UTC(2023, 3, 23, 12)],
  ])('reads %s', (cell, expected) => {
    expect(parseExportDate(cell)).toBe(expected);
  });

  it.each([
    '',
    '01.05.2024 12:00',
    '31 Feb 2022',
    '13/1/22, 1:00 PM',
    '09 Sepp 2022x',
    'yesterday',
    '1/8/18, 13:14 PM',
  ])('refuses %j rather than guess', (cell) => {
    expect(parseExportDate(cell)).toBeNull();
  });
});
