import { unzipSync } from 'fflate';
import { decodeText } from './decode-text';
import { ImportInputError } from './problem';

export type ExportKind = 'connections' | 'messages' | 'invitations';

/** A file as the user picked it: a zip from LinkedIn or one of its CSV files. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface ExportText {
  kind: ExportKind;
  name: string;
  text: string;
}

/**
 * Larger than any real export file seen (a decade of messages is tens of MB); past it, the browser tab would
 * hold several copies of the text while parsing, so the import refuses instead of freezing.
 */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

// By name, not by header: coach_messages.csv (LinkedIn's AI coach) has the same columns as messages.csv
// but is not the user's network.
const KIND_OF_NAME: Record<string, ExportKind> = {
  'connections.csv': 'connections',
  'messages.csv': 'messages',
  'invitations.csv': 'invitations',
};

export function kindOfFileName(path: string): ExportKind | null {
  const base = path.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  return KIND_OF_NAME[base] ?? null;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Refuses a file past MAX_FILE_BYTES, naming it; called before a file is read, and for each entry of a zip. */
export function checkSize(name: string, bytes: number) {
  if (bytes > MAX_FILE_BYTES) {
    throw new ImportInputError(
      name,
      `is ${megabytes(bytes)}; Rapport reads files up to ${megabytes(MAX_FILE_BYTES)}`,
    );
  }
}

function isZip(file: PickedFile): boolean {
  const [p, k, three, four] = file.bytes;
  return file.name.toLowerCase().endsWith('.zip') || (p === 0x50 && k === 0x4b && three === 3 && four === 4);
}

function unzipExport(zip: PickedFile): PickedFile[] {
  checkSize(zip.name, zip.bytes.length);
  try {
    const entries = unzipSync(zip.bytes, {
      filter: (entry) => {
        if (!kindOfFileName(entry.name)) return false;
        checkSize(`${zip.name}/${entry.name}`, entry.originalSize);
        return true;
      },
    });
    return Object.entries(entries).map(([name, bytes]) => ({ name: `${zip.name}/${name}`, bytes }));
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportInputError(zip.name, `the zip is damaged or incomplete (${detail}); download it again`);
  }
}

/** The export's CSV files among what the user picked, unzipped and decoded; other files are left out. */
export function exportTexts(picked: readonly PickedFile[]): ExportText[] {
  const files = picked.flatMap((file) => (isZip(file) ? unzipExport(file) : [file]));
  const found = new Map<ExportKind, ExportText>();
  for (const file of files) {
    const kind = kindOfFileName(file.name);
    if (!kind) continue;
    const twin = found.get(kind);
    if (twin)
      throw new ImportInputError(file.name, `is a second ${kind} file besides ${twin.name}: pick one`);
    checkSize(file.name, file.bytes.length);
    found.set(kind, { kind, name: file.name, text: decodeText(file.name, file.bytes).text });
  }
  if (!found.size) {
    const names = picked.map((file) => file.name).join(', ') || 'nothing';
    throw new ImportInputError(
      names,
      'not a LinkedIn data export: it holds no Connections.csv, messages.csv or Invitations.csv',
    );
  }
  return [...found.values()];
}
