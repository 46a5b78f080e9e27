import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PickedFile } from '../../../lib/import/export-files';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/linkedin-export');

/** The CSV files of one fixture variant, as the user would pick them. */
export function fixtureFiles(variant: string): PickedFile[] {
  const folder = join(FIXTURES, variant);
  return readdirSync(folder).map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join(folder, name))),
  }));
}
