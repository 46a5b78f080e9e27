import { exportTexts, type PickedFile } from './export-files';
import { type OwnerCandidate, ownerCandidates } from './owner';
import { type ParsedExport, parseExport } from './parse-export';

export interface ReadExport {
  parsed: ParsedExport;
  /** Best guess first; the user confirms or picks another before anything is built. */
  owners: OwnerCandidate[];
}

/** The picked files (a zip or CSVs) read into records; throws ImportInputError for input that is no export. */
export function readExport(files: readonly PickedFile[]): ReadExport {
  const parsed = parseExport(exportTexts(files));
  return { parsed, owners: ownerCandidates(parsed.messages?.records ?? [], parsed.invitations?.records) };
}
