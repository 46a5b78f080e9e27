import { type ConnectionRecord, connectionsFile } from './connections-file';
import { readTable } from './csv-table';
import type { ExportText } from './export-files';
import { type InvitationRecord, invitationsFile } from './invitations-file';
import { type MessageRecord, messagesFile } from './messages-file';
import type { RowProblem } from './problem';
import { type ExportFileReader, isVerdict } from './row-verdict';

export interface ParsedFile<R> {
  file: string;
  /** Data rows after the header: records + skipped + errors. */
  rows: number;
  records: R[];
  skipped: RowProblem[];
  errors: RowProblem[];
}

export interface ParsedExport {
  connections?: ParsedFile<ConnectionRecord>;
  messages?: ParsedFile<MessageRecord>;
  invitations?: ParsedFile<InvitationRecord>;
}

function parseFile<R extends object>(reader: ExportFileReader<R>, { name, text }: ExportText): ParsedFile<R> {
  const records: R[] = [];
  const skipped: RowProblem[] = [];
  const rowErrors: RowProblem[] = [];
  const { rows, errors } = readTable(text, name, reader.columns, (row) => {
    const result = reader.read(row);
    if (!isVerdict(result)) records.push(result);
    else (result.verdict === 'skip' ? skipped : rowErrors).push({ line: row.line, reason: result.reason });
  });
  const allErrors = [...errors, ...rowErrors].sort((a, b) => a.line - b.line);
  return { file: name, rows, records, skipped, errors: allErrors };
}

/** Reads one CSV of the export; throws ImportInputError when it is not that file of an export at all. */
export function parseExportFile(text: ExportText, parsed: ParsedExport) {
  if (text.kind === 'connections') parsed.connections = parseFile(connectionsFile, text);
  if (text.kind === 'messages') parsed.messages = parseFile(messagesFile, text);
  if (text.kind === 'invitations') parsed.invitations = parseFile(invitationsFile, text);
}

/** Reads each CSV of the export into records, with every row not turned into one accounted for by line. */
export function parseExport(texts: readonly ExportText[]): ParsedExport {
  const parsed: ParsedExport = {};
  for (const text of texts) parseExportFile(text, parsed);
  return parsed;
}
