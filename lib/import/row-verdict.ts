import type { TableRow } from './csv-table';

/**
 * Why a row gives no record: `skip` is expected content of a real export (a draft, a hidden member), `error`
 * means the file is not what it should be (an unknown date format) and blocks the import.
 */
export interface RowVerdict {
  verdict: 'skip' | 'error';
  reason: string;
}

export const skip = (reason: string): RowVerdict => ({ verdict: 'skip', reason });
export const rowError = (reason: string): RowVerdict => ({ verdict: 'error', reason });

export function isVerdict(value: object): value is RowVerdict {
  return 'verdict' in value;
}

/** How one file of the export turns its rows into records. */
export interface ExportFileReader<R extends object> {
  /** Columns every variant of the file has (normalised names): they find the header. */
  columns: readonly string[];
  read(row: TableRow): R | RowVerdict;
}

/** A person as a row names them: the profile id only where the export gives a URL. */
export interface RowPerson {
  name: string;
  profileId: string | null;
}
