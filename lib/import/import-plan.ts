import type { Contact } from '../schema/contact';
import type { Interaction } from '../schema/interaction';
import type { ExportKind } from './export-files';
import type { RowProblem } from './problem';

/** What became of one file: rows = imported + skipped + errors. */
export interface FileReport {
  file: string;
  rows: number;
  /** Rows that became a contact (connections) or an interaction (messages, invitations). */
  imported: number;
  skipped: RowProblem[];
  /** Rows that show the file is broken or of an unknown variant: any of them blocks the import. */
  errors: RowProblem[];
}

export type ImportReports = Partial<Record<ExportKind, FileReport>>;

/** Everything an import will write, built in the parsing worker and sent to the background in chunks. */
export interface ImportPlan {
  contacts: Contact[];
  interactions: Interaction[];
  reports: ImportReports;
}

export function hasBlockingErrors(reports: ImportReports): boolean {
  return Object.values(reports).some((report) => report.errors.length > 0);
}
