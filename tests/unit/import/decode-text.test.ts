import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../lib/import/decode-text';
import { ImportInputError } from '../../../lib/import/problem';
import { readExport } from '../../../lib/import/read-export';

// Invented people whose names need more than ASCII: what a wrong decoding turns into "Jos� Garc�a".
const CSV =
  'First Name,Last Name,Email Address,Company,Position,Connected On\r\n' +
  'José,García,,Café Añil,Jefa de producto,12 Mar 2019\r\n' +
  'Zoë,Brontë,,Crème & Co,Directrice €,04 Jan 2020\r\n';
// Excel's "Unicode text" is UTF-16 with a byte order mark, and tab-separated.
const TABBED = CSV.replaceAll(',', '\t');

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string) => new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, bytes) => bytes[i ^ 1]!);
const WINDOWS_1252: Record<string, number> = { '€': 0x80 };
const cp1252 = (text: string) => new Uint8Array([...text].map((ch) => WINDOWS_1252[ch] ?? ch.charCodeAt(0)));

function names(bytes: Uint8Array) {
  const { parsed } = readExport([{ name: 'Connections.csv', bytes }]);
  return parsed.connections?.records.map((r) => [r.name, r.company]);
}

function refusal(bytes: Uint8Array): string {
  try {
    decodeText('Connections.csv', bytes);
  } catch (error) {
    if (error instanceof ImportInputError) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

const EXPECTED = [
  ['José García', 'Café Añil'],
  ['Zoë Brontë', 'Crème & Co'],
];

describe('export file encodings', () => {
  it.each([
    ['UTF-8', utf8(CSV), 'utf-8'],
    ['UTF-8 with a byte order mark', utf8(`\uFEFF${CSV}`), 'utf-8'],
    ['UTF-16 LE with a byte order mark (Excel "Unicode text")', utf16le(TABBED), 'utf-16le'],
    ['UTF-16 BE with a byte order mark', utf16be(CSV), 'utf-16be'],
    ['Windows-1252 (Excel "CSV" on Windows)', cp1252(CSV), 'windows-1252'],
  ])('reads %s', (_, bytes, encoding) => {
    expect(decodeText('Connections.csv', bytes).encoding).toBe(encoding);
    expect(decodeText('Connections.csv', bytes).text.startsWith('First Name')).toBe(true);
    expect(names(bytes)).toEqual(EXPECTED);
  });

  it('decodes the bytes only Windows-1252 defines (the euro sign at 0x80)', () => {
    expect(decodeText('x.csv', cp1252('Directrice €\n')).text).toBe('Directrice €\n');
  });

  it('refuses UTF-16 without a byte order mark, UTF-32 and binary files, saying which encodings it reads', () => {
    const unmarked = utf16le(CSV).slice(2);
    expect(refusal(unmarked)).toMatch(/NUL bytes.*UTF-8, UTF-16 with a byte order mark, and Windows-1252/);
    expect(refusal(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toMatch(/UTF-32/);
    expect(refusal(new Uint8Array([0x41, 0x8d, 0x42]))).toMatch(/cannot recognise \(byte 0x8d\)/);
    expect(refusal(new Uint8Array([0x41, 0xe9, 0x07, 0x42]))).toMatch(/cannot recognise \(byte 0x07\)/);
  });

  it('refuses an unreadable file before any row is read, naming the file', () => {
    expect(() =>
      readExport([{ name: 'Connections.csv', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]) }]),
    ).toThrow(ImportInputError);
  });
});
