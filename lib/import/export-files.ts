import { decodeText } from './decode-text';
import { ImportInputError } from './problem';
import { inflateEntry, inflateEntryNatively, UnreadableZip, type ZipEntry, zipEntries } from './zip-reader';

export type ExportKind = 'connections' | 'messages' | 'invitations';

/** A file as the user picked it: a zip from LinkedIn or one of its CSV files. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  /** Taken out of a picked zip: never opened as a zip itself, whatever its bytes. */
  fromZip?: boolean;
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
/** The export's files inflated together: bounds what a zip may make the page hold, whatever its entries claim. */
export const MAX_EXPORT_BYTES = 2 * MAX_FILE_BYTES;

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
  if (file.fromZip) return false;
  const [p, k, three, four] = file.bytes;
  return file.name.toLowerCase().endsWith('.zip') || (p === 0x50 && k === 0x4b && three === 3 && four === 4);
}

/**
 * The export's files in a zip, refused before anything is inflated when they could not be real: more than one of
 * a kind, one over the size limit, or all of them together over MAX_EXPORT_BYTES (see zip-reader.ts for the rest).
 */
function exportEntries(zip: PickedFile): ZipEntry[] {
  checkSize(zip.name, zip.bytes.length);
  const wanted = zipEntries(zip.bytes).filter((entry) => kindOfFileName(entry.name));
  const seen = new Map<ExportKind, string>();
  let total = 0;
  for (const entry of wanted) {
    const kind = kindOfFileName(entry.name)!;
    const twin = seen.get(kind);
    if (twin)
      throw new ImportInputError(
        `${zip.name}/${entry.name}`,
        `is a second ${kind} file besides ${twin}: pick one`,
      );
    seen.set(kind, entry.name);
    checkSize(`${zip.name}/${entry.name}`, entry.size);
    total += entry.size;
  }
  if (total > MAX_EXPORT_BYTES)
    throw new ImportInputError(
      zip.name,
      `its files add up to ${megabytes(total)}; Rapport reads exports up to ${megabytes(MAX_EXPORT_BYTES)}`,
    );
  return wanted;
}

/** A zip's failure as the user reads it, naming the zip. */
function asInputError(zip: PickedFile, error: unknown): ImportInputError {
  if (error instanceof ImportInputError) return error;
  if (error instanceof UnreadableZip) return new ImportInputError(zip.name, error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportInputError(zip.name, `the zip is damaged or incomplete (${detail}); download it again`);
}

/** An export file taken out of a zip, named by the zip and its path in it. */
const entryFile = (zip: PickedFile, entry: ZipEntry, bytes: Uint8Array): PickedFile => ({
  name: `${zip.name}/${entry.name}`,
  bytes,
  fromZip: true,
});

function unzipExport(zip: PickedFile): PickedFile[] {
  try {
    return exportEntries(zip).map((entry) => entryFile(zip, entry, inflateEntry(zip.bytes, entry)));
  } catch (error) {
    throw asInputError(zip, error);
  }
}

/**
 * The picked files with each zip's export files inflated by the browser's own inflater (inflateEntryNatively,
 * three to four times as fast), with every check of the zip that exportTexts makes, in the same words; other files
 * as they are. Where the browser has none, the files as they are: exportTexts then inflates them itself.
 */
export async function unzippedNatively(picked: readonly PickedFile[]): Promise<PickedFile[]> {
  if (typeof DecompressionStream === 'undefined') return [...picked];
  const files: PickedFile[] = [];
  for (const file of picked) {
    if (!isZip(file)) {
      files.push(file);
      continue;
    }
    try {
      for (const entry of exportEntries(file))
        files.push(entryFile(file, entry, await inflateEntryNatively(file.bytes, entry)));
    } catch (error) {
      throw asInputError(file, error);
    }
  }
  return files;
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
