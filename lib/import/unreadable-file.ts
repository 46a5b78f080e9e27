import { readTable } from './csv-table';
import type { ParsedFile } from './parse-export';

/**
 * A file named like part of the export whose header is not the expected one, reported row by row (taking its
 * first line as its header) so a check over a folder still accounts for every row.
 */
export function unreadableFile(file: string, text: string, reason: string): ParsedFile<never> {
  const skipped: { line: number; reason: string }[] = [];
  const { rows, errors } = readTable(text, file, [], (row) => skipped.push({ line: row.line, reason }));
  return {
    file,
    rows,
    records: [],
    skipped: [],
    errors: [...errors, ...skipped].sort((a, b) => a.line - b.line),
  };
}
