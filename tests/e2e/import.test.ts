import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { generateExport } from '../../scripts/bench/import-export-generator';
import { fixtureFiles } from '../unit/import/fixture-export';
import { launchedForThisFile } from './harness/fixture';
import { exportAll } from './harness/messages';

const INPUT = 'LinkedIn export (zip or CSV files)';

function zipOf(files: { name: string; bytes: Uint8Array }[]) {
  return Buffer.from(
    zipSync(Object.fromEntries(files.map((f) => [`Basic_LinkedInDataExport/${f.name}`, f.bytes]))),
  );
}

const rapport = launchedForThisFile();

// Files chosen from disk, as a user does: Chromium reports a choice only when it differs from the input's last one
// (a file given as bytes is a new choice every time, so it cannot show that).
const onDisk = mkdtempSync(join(tmpdir(), 'rapport-e2e-files-'));
afterAll(() => rmSync(onDisk, { recursive: true, force: true }));
function fileOnDisk(name: string, bytes: Uint8Array | string): string {
  const path = join(onDisk, name);
  writeFileSync(path, bytes);
  return path;
}

describe('importing LinkedIn data export', () => {
  it('imports the zip through the options page; the side panel lists the people and queues them', async () => {
    const options = await rapport.openExtensionPage('options');
    await options.getByLabel(INPUT).setInputFiles({
      name: 'export.zip',
      mimeType: 'application/zip',
      buffer: zipOf(fixtureFiles('2024-12')),
    });
    const owner = options.getByRole('combobox', { name: /This export belongs to/ });
    await owner.waitFor();
    expect(await owner.locator('option:checked').textContent()).toBe(
      'Mira Okafor (in 100% of conversations)',
    );
    await options.getByRole('button', { name: /^Import \d+ rows$/ }).click();
    await options.getByText('Imported: 4 new contacts, 0 updated, 9 interactions.').waitFor();
    expect(await options.getByText('line 4: draft, never sent').isVisible()).toBe(true);

    const panel = await rapport.openExtensionPage('sidepanel');
    const list = panel.getByRole('list', { name: 'Recently seen' });
    await list.getByRole('button', { name: 'Hana Sato' }).waitFor();
    expect(await list.getByRole('button', { name: 'Ruth Adeyemi' }).isVisible()).toBe(true);
    const stored = await exportAll(options);
    // Six messages and invitations, and the three dated connections.
    expect(stored.interactions.filter((i) => i.source === 'import')).toHaveLength(9);
    // Connected years ago and quiet since: day one's queue already suggests reviving the tie.
    const revive = panel.getByRole('listitem', { name: 'Send something useful, with no ask: Ruth Adeyemi' });
    await revive.waitFor();
    // The row is compact; its reason opens on demand.
    await revive.getByRole('button', { name: 'Details' }).click();
    // Read when the row opens (lib/db/queries/item-specifics.ts), so shown a moment after the click.
    await revive.getByText(/No contact with Ruth Adeyemi for \d+ months/).waitFor();
  });

  it('a cancelled import leaves everything as it was', async () => {
    const options = await rapport.openExtensionPage('options');
    const before = await exportAll(options);
    await options.getByLabel(INPUT).setInputFiles({
      name: 'big.zip',
      mimeType: 'application/zip',
      buffer: zipOf(generateExport(5_000, 60_000)),
    });
    await options.getByRole('button', { name: /^Import [\d,]+ rows$/ }).click({ timeout: 60_000 });
    await options.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    await options.getByRole('button', { name: 'Cancel import' }).click();
    await options.getByText('Import cancelled. Nothing was changed.').waitFor();
    const after = await exportAll(options);
    expect({ ...after, exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 });
  });

  it('the same export chosen again is read again: imported a second time, it changes nothing', async () => {
    const options = await rapport.openExtensionPage('options');
    const zip = fileOnDisk('again.zip', zipOf(generateExport(20, 60)));
    await options.getByLabel(INPUT).setInputFiles(zip);
    await options.getByRole('button', { name: /^Import [\d,]+ rows$/ }).click();
    await options.getByText(/^Imported: 20 new contacts, 0 updated, [1-9]\d* interactions\.$/).waitFor();
    const imported = await exportAll(options);

    await options.getByLabel(INPUT).setInputFiles(zip);
    await options.getByRole('button', { name: /^Import [\d,]+ rows$/ }).click();
    await options.getByText('Imported: 0 new contacts, 0 updated, 0 interactions.').waitFor();
    expect({ ...(await exportAll(options)), exportedAt: 0 }).toEqual({ ...imported, exportedAt: 0 });
  });

  it('refuses a file that is not an export, saying which', async () => {
    const options = await rapport.openExtensionPage('options');
    await options
      .getByLabel(INPUT)
      .setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') });
    await options.getByText(/notes\.csv: not a LinkedIn data export/).waitFor();
  });

  it('restores a backup, and refuses one from a newer version with a message', async () => {
    const options = await rapport.openExtensionPage('options');
    const backup = await exportAll(options);
    const input = options.getByLabel('Backup file (JSON)');
    const newer = Buffer.from(JSON.stringify({ ...backup, version: 99, contacts: [] }));
    await input.setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: newer });
    await options.getByText(/format version 99, made by a newer Rapport/).waitFor();
    expect((await exportAll(options)).contacts).toHaveLength(backup.contacts.length);

    const smaller = { ...backup, contacts: backup.contacts.slice(0, 1), interactions: [] };
    await input.setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(smaller)),
    });
    await options.getByText('Restored 1 contacts, 0 interactions, 0 promises.').waitFor();
    expect((await exportAll(options)).contacts).toEqual(smaller.contacts);
  });

  it('restores the same backup file again after the data changed', async () => {
    const options = await rapport.openExtensionPage('options');
    const backup = await exportAll(options);
    const kept = backup.contacts.slice(0, 1);
    const file = fileOnDisk('backup.json', JSON.stringify({ ...backup, contacts: kept, interactions: [] }));
    const input = options.getByLabel('Backup file (JSON)');
    await input.setInputFiles(file);
    await options.getByText(/^Restored 1 contacts, 0 interactions/).waitFor();

    await options.getByLabel(INPUT).setInputFiles(fileOnDisk('more.zip', zipOf(generateExport(3, 6))));
    await options.getByRole('button', { name: /^Import [\d,]+ rows$/ }).click();
    await options.getByText(/^Imported: /).waitFor();
    expect((await exportAll(options)).contacts.length).toBeGreaterThan(1);
    await input.setInputFiles(file);
    await expect.poll(async () => (await exportAll(options)).contacts).toEqual(kept);
  });
});
