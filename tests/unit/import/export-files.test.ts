import { readdirSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkSize, exportTexts, MAX_FILE_BYTES, unzippedNatively } from '../../../lib/import/export-files';
import { ImportInputError } from '../../../lib/import/problem';
import { readExport } from '../../../lib/import/read-export';
import { FIXTURES, fixtureFiles } from './fixture-export';

function zipOf(variant: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const entries = Object.fromEntries(
    fixtureFiles(variant).map((f) => [`Basic_LinkedInDataExport/${f.name}`, f.bytes]),
  );
  return zipSync({ ...entries, ...extra });
}

function failure(run: () => unknown): ImportInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportInputError) return error;
    throw error;
  }
  throw new Error('expected an ImportInputError');
}

describe('export files', () => {
  it('reads the zip LinkedIn delivers the same as its CSV files, ignoring the AI coach and other files', () => {
    const coach = strToU8(
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT\n',
    );
    const zip = zipOf('2024-12', {
      'coach_messages.csv': coach,
      'Profile.csv': strToU8('First Name\nMira\n'),
    });
    const fromZip = readExport([{ name: 'export.zip', bytes: zip }]);
    const fromCsv = readExport(fixtureFiles('2024-12'));
    expect(fromZip.parsed.messages?.records).toEqual(fromCsv.parsed.messages?.records);
    expect(fromZip.parsed.messages?.file).toBe('export.zip/Basic_LinkedInDataExport/messages.csv');
    expect(
      exportTexts([{ name: 'export.zip', bytes: zip }])
        .map((t) => t.kind)
        .sort(),
    ).toEqual(['connections', 'invitations', 'messages']);
  });

  it("reads every era's zip inflated by the browser's inflater exactly as inflated here", async () => {
    const eras = readdirSync(FIXTURES).filter((name) => /^\d{4}/.test(name));
    expect(eras.length).toBeGreaterThan(3);
    for (const era of eras) {
      const zip = { name: 'export.zip', bytes: zipOf(era) };
      expect(exportTexts(await unzippedNatively([zip]))).toEqual(exportTexts([zip]));
    }
  });

  it('does not open a file taken out of a zip as a zip, whatever its first bytes', async () => {
    const inner = zipSync({ 'a.csv': strToU8('x') });
    const zip = { name: 'export.zip', bytes: zipSync({ 'Connections.csv': inner }) };
    const [file] = await unzippedNatively([zip]);
    expect(file).toMatchObject({ name: 'export.zip/Connections.csv', bytes: inner });
    // Read as the CSV its name says (and refused as text), as exportTexts reads it from the zip itself.
    expect(() => exportTexts([file!])).toThrow(/^export\.zip\/Connections\.csv: is in an encoding/);
    expect(() => exportTexts([zip])).toThrow(/^export\.zip\/Connections\.csv: is in an encoding/);
  });

  it('refuses a truncated zip, naming the file', () => {
    const zip = zipOf('2024-12');
    const error = failure(() => exportTexts([{ name: 'export.zip', bytes: zip.slice(0, zip.length - 40) }]));
    expect(error.file).toBe('export.zip');
    expect(error.reason).toMatch(/damaged or incomplete/);
  });

  it('refuses files that are not an export', () => {
    const error = failure(() => exportTexts([{ name: 'holiday.csv', bytes: strToU8('a,b\n1,2\n') }]));
    expect(error.message).toBe(
      'holiday.csv: not a LinkedIn data export: it holds no Connections.csv, messages.csv or Invitations.csv',
    );
    const wrongHeader = failure(() => readExport(fixtureFiles('not-an-export')));
    expect(wrongHeader.message).toMatch(/^Connections.csv: no header with the columns first name, last name/);
  });

  it('refuses a file over the size limit before reading it', () => {
    const huge = { name: 'messages.csv', bytes: new Uint8Array(MAX_FILE_BYTES + 1) };
    expect(failure(() => exportTexts([huge])).reason).toBe('is 128 MB; Rapport reads files up to 128 MB');
  });

  it('names a 200 MB file from its size alone, so the page never reads it', () => {
    expect(failure(() => checkSize('messages.csv', 200 * 1024 * 1024)).message).toBe(
      'messages.csv: is 200 MB; Rapport reads files up to 128 MB',
    );
    expect(() => checkSize('messages.csv', MAX_FILE_BYTES)).not.toThrow();
  });

  it('refuses two files of the same kind instead of picking one silently', () => {
    const [connections] = fixtureFiles('2024-12').filter((f) => f.name === 'Connections.csv');
    const error = failure(() =>
      exportTexts([connections!, { ...connections!, name: 'old/Connections.csv' }]),
    );
    expect(error.reason).toMatch(/second connections file/);
  });
});
