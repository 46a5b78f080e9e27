import Papa from 'papaparse';
import { ImportInputError, type RowProblem } from './problem';

/** One data row; `line` is the physical line where it starts (1-based, counting the preamble). */
export interface TableRow {
  line: number;
  /** The cell under a column (normalised name), '' when this variant of the file has no such column. */
  cell(column: string): string;
}

export interface TableResult {
  /** Data rows after the header. */
  rows: number;
  /** Rows the file itself got wrong (a broken quote, a wrong number of fields): they block an import. */
  errors: RowProblem[];
}

// Raw exports since 2022 open with a "Notes:" preamble of three lines and a blank one; older and re-saved files
// start with the header. Looking for the header in the first lines handles both, and any future preamble.
const HEADER_SEARCH_LINES = 10;
// A spreadsheet re-saving the file in a European locale writes semicolons.
const DELIMITERS = [',', ';', '\t'];

export function normaliseColumn(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .replace(/"/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

interface Header {
  offset: number;
  line: number;
  delimiter: string;
}

function locateHeader(text: string, required: readonly string[]): Header | null {
  let offset = 0;
  for (let line = 1; line <= HEADER_SEARCH_LINES && offset < text.length; line++) {
    const end = text.indexOf('\n', offset);
    const raw = text.slice(offset, end < 0 ? text.length : end);
    for (const delimiter of DELIMITERS) {
      const columns = raw.split(delimiter).map(normaliseColumn);
      if (required.every((column) => columns.includes(column))) return { offset, line, delimiter };
    }
    if (end < 0) break;
    offset = end + 1;
  }
  return null;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Streams the data rows of one export CSV to `onRow`. A file without the expected header is not this file of
 * an export and throws; a row the CSV grammar rejects is reported with its line and not passed on.
 */
export function readTable(
  text: string,
  file: string,
  required: readonly string[],
  onRow: (row: TableRow) => void,
): TableResult {
  const body = text.replace(/^\uFEFF/, '');
  const header = locateHeader(body, required);
  if (!header) {
    throw new ImportInputError(
      file,
      `no header with the columns ${required.join(', ')}: not LinkedIn's ${file}`,
    );
  }
  const result: TableResult = { rows: 0, errors: [] };
  let index = new Map<string, number>();
  let width = 0;
  let line = header.line;
  let previousCursor = 0;
  const source = body.slice(header.offset);
  // Empty lines are not skipped by the parser, so every row starts where the previous one ended and its line
  // number is the count of newlines before it (quoted fields with line breaks included).
  Papa.parse<string[]>(source, {
    delimiter: header.delimiter,
    skipEmptyLines: false,
    step: ({ data: cells, errors, meta }) => {
      const rowLine = line;
      line += countNewlines(source, previousCursor, meta.cursor);
      previousCursor = meta.cursor;
      if (width === 0) {
        index = new Map(cells.map((name, i) => [normaliseColumn(name), i]));
        width = cells.length;
        return;
      }
      if (cells.length === 1 && cells[0] === '' && !errors.length) return;
      result.rows++;
      if (errors.length) {
        const quote = errors.some((e) => e.code === 'MissingQuotes');
        const reason = quote
          ? 'broken quote: a quoted field is never closed'
          : `bad CSV: ${errors[0]!.message}`;
        result.errors.push({ line: rowLine, reason });
        return;
      }
      if (cells.length !== width) {
        result.errors.push({ line: rowLine, reason: `expected ${width} fields, found ${cells.length}` });
        return;
      }
      onRow({ line: rowLine, cell: (column) => cells[index.get(column) ?? -1]?.trim() ?? '' });
    },
  });
  return result;
}
