// Issue 11, item 10: zips that would expand past what the page can hold are refused before (or while) inflating,
// with memory bounded by what the directory declares. The memory figures are in `npm run bench -- --filter zip`.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  type ExportText,
  exportTexts,
  type PickedFile,
  unzippedNatively,
} from '../../../lib/import/export-files';
import { ImportInputError } from '../../../lib/import/problem';
import {
  inflateEntry,
  inflateEntryNatively,
  MAX_ZIP_ENTRIES,
  UnreadableZip,
  zipEntries,
} from '../../../lib/import/zip-reader';
import { bombPayload, craftZip, overlappingBomb } from '../../support/crafted-zip';
import { fixtureFiles } from '../../unit/import/fixture-export';

const CONNECTIONS = fixtureFiles('2024-12').find((file) => file.name === 'Connections.csv')!.bytes;

/**
 * The two ways a zip is opened: inflated here (exportTexts alone, as import-check and the tests read exports) and
 * by the browser's inflater first (unzippedNatively, as the import's worker does): the same checks, the same words.
 */
const OPENINGS: [string, (zip: PickedFile) => Promise<ExportText[]>][] = [
  ['inflated by fflate', async (zip) => exportTexts([zip])],
  ['inflated by DecompressionStream', async (zip) => exportTexts(await unzippedNatively([zip]))],
];

describe.each(OPENINGS)('zip bombs, %s', (_, open) => {
  async function refusal(bytes: Uint8Array): Promise<string> {
    try {
      await open({ name: 'export.zip', bytes });
    } catch (error) {
      if (error instanceof ImportInputError) return error.message;
      throw error;
    }
    throw new Error('expected the zip to be refused');
  }

  it('refuses entries that share one compressed stream, from the directory alone', async () => {
    const bomb = overlappingBomb(8, 42);
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => zipEntries(bomb)).toThrow(/entries overlap/);
    expect(await refusal(bomb)).toMatch(/^export\.zip: its entries overlap .* it is not opened$/);
    // Different export names over the same data are the same bomb.
    const threeKinds = craftZip(
      [{ name: 'Connections.csv', data: CONNECTIONS }],
      ['Connections.csv', 'messages.csv', 'Invitations.csv'].map((name) => ({ name, file: 0 })),
    );
    expect(await refusal(threeKinds)).toMatch(/entries overlap/);
  });

  it('refuses a declared size past the limit before inflating, and several files adding up past the total', async () => {
    const huge = craftZip(
      [{ name: 'messages.csv', data: strToU8('a,b\n') }],
      [{ name: 'messages.csv', file: 0, size: 0xfffffffe }],
    );
    expect(await refusal(huge)).toBe('export.zip/messages.csv: is 4096 MB; Rapport reads files up to 128 MB');
    const each = 100 * 1024 * 1024;
    const together = craftZip(
      ['Connections.csv', 'messages.csv', 'Invitations.csv'].map((name) => ({ name, data: strToU8('a\n') })),
      ['Connections.csv', 'messages.csv', 'Invitations.csv'].map((name, file) => ({
        name,
        file,
        size: each,
      })),
    );
    expect(await refusal(together)).toBe(
      'export.zip: its files add up to 300 MB; Rapport reads exports up to 256 MB',
    );
  });

  it('stops inflating as soon as an entry gives more than it declares, holding no more than that', async () => {
    const lying = craftZip(
      [{ name: 'messages.csv', data: bombPayload(16) }],
      [{ name: 'messages.csv', file: 0, size: 1024 }],
    );
    const [entry] = zipEntries(lying);
    expect(() => inflateEntry(lying, entry!)).toThrow(/holds more than the 1024 bytes it declares/);
    await expect(inflateEntryNatively(lying, entry!)).rejects.toThrow(
      /holds more than the 1024 bytes it declares/,
    );
    expect(await refusal(lying)).toBe('export.zip: messages.csv holds more than the 1024 bytes it declares');
  });

  it('refuses a directory of more entries than any export, before reading them', async () => {
    const many = craftZip(
      Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({
        name: `f${i}.txt`,
        data: strToU8('x'),
        store: true,
      })),
    );
    expect(await refusal(many)).toBe(
      'export.zip: it lists 10,001 files; an export has a few dozen (Rapport opens up to 10,000)',
    );
    // An end record claiming 65,535 entries is refused from its count, whatever follows.
    const claimed = craftZip([{ name: 'Connections.csv', data: CONNECTIONS }], undefined, 0xffff);
    expect(await refusal(claimed)).toMatch(/it lists 65,535 files/);
  });

  it('refuses entries that are shorter than declared or fail their checksum, naming them', async () => {
    const short = craftZip(
      [{ name: 'Connections.csv', data: CONNECTIONS }],
      [{ name: 'Connections.csv', file: 0, size: CONNECTIONS.length + 10 }],
    );
    expect(await refusal(short)).toBe('export.zip: Connections.csv is damaged or incomplete');
    const wrongCrc = craftZip(
      [{ name: 'Connections.csv', data: CONNECTIONS }],
      [{ name: 'Connections.csv', file: 0, crc: 1234 }],
    );
    expect(await refusal(wrongCrc)).toBe('export.zip: Connections.csv is damaged (checksum)');
    const stored = craftZip([{ name: 'Connections.csv', data: CONNECTIONS, store: true }]);
    stored[60] = (stored[60]! + 1) & 0xff;
    expect(await refusal(stored)).toBe('export.zip: Connections.csv is damaged (checksum)');
  });

  it('still reads real zips: deflated or stored, zip64 fields, any folder, other files left uninflated', async () => {
    const expected = new TextDecoder().decode(CONNECTIONS).replace(/^\uFEFF/, '');
    const fromTool = zipSync({
      'Basic_LinkedInDataExport/Connections.csv': CONNECTIONS,
      'Profile.csv': strToU8('x'),
    });
    const crafted = craftZip(
      [
        { name: 'Ad_Targeting.csv', data: bombPayload(1) },
        { name: 'Connections.csv', data: CONNECTIONS, store: true },
      ],
      [
        { name: 'Ad_Targeting.csv', file: 0, size: 0xfffffffe },
        { name: 'Connections.csv', file: 1, zip64: true },
      ],
    );
    for (const bytes of [fromTool, crafted]) {
      const [text] = await open({ name: 'export.zip', bytes });
      expect(text?.kind).toBe('connections');
      expect(text?.text.replace(/^\uFEFF/, '')).toBe(expected);
    }
    expect(zipEntries(crafted).map((entry) => [entry.name, entry.size])).toEqual([
      ['Ad_Targeting.csv', 0xfffffffe],
      ['Connections.csv', CONNECTIONS.length],
    ]);
  });

  it('refuses what is not a zip at all, or a zip cut short, as damaged', async () => {
    expect(() => zipEntries(strToU8('PK\u0003\u0004 not really'))).toThrow(UnreadableZip);
    const zip = craftZip([{ name: 'Connections.csv', data: CONNECTIONS }]);
    expect(await refusal(zip.slice(0, zip.length - 30))).toMatch(/damaged or incomplete/);
    expect(await refusal(zip.slice(0, 200))).toMatch(/damaged or incomplete|ends before|directory/);
  });
});
