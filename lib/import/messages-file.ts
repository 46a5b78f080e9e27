import { parseExportDate } from './export-date';
import { decodeHtmlEntities } from './html-entities';
import { profileIdOfCell } from './profile-id';
import { type ExportFileReader, type RowPerson, rowError, skip } from './row-verdict';

export interface MessageRecord {
  line: number;
  /** '' in the 2018 file, which had no conversations. */
  conversationId: string;
  from: RowPerson;
  to: RowPerson[];
  at: number;
  text: string;
  /** Only the 2018 file says it; later ones are read against the export's owner. */
  direction: 'in' | 'out' | null;
}

const YES = 'yes';

function recipients(names: string, urls: string): RowPerson[] {
  const ids = urls
    .split(/[\s,]+/)
    .map(profileIdOfCell)
    .filter((id): id is string => id !== null);
  // Names may themselves hold commas ("Ada Lind, PhD"), so only the URL list tells how many recipients there are.
  if (ids.length > 1) return ids.map((profileId) => ({ name: '', profileId }));
  return [{ name: names, profileId: ids[0] ?? null }];
}

function directionOf(cell: string): MessageRecord['direction'] {
  if (cell === 'INCOMING') return 'in';
  if (cell === 'OUTGOING') return 'out';
  return null;
}

/** messages.csv (2022–2026) and the older Messages.csv (2018, with a Direction column). */
export const messagesFile: ExportFileReader<MessageRecord> = {
  columns: ['from', 'to', 'date', 'content'],
  read(row) {
    if (
      row.cell('is message draft').toLowerCase() === YES ||
      row.cell('is conversation draft').toLowerCase() === YES
    ) {
      return skip('draft, never sent');
    }
    if (row.cell('folder').toUpperCase() === 'SPAM') return skip('in the spam folder');
    const text = decodeHtmlEntities(row.cell('content') || row.cell('subject'));
    if (!text && !row.cell('attachments')) return skip('no text (a system event)');
    const date = row.cell('date');
    const at = parseExportDate(date);
    if (at === null) return rowError(`unknown date format in DATE: "${date}"`);
    return {
      line: row.line,
      conversationId: row.cell('conversation id'),
      from: { name: row.cell('from'), profileId: profileIdOfCell(row.cell('sender profile url')) },
      to: recipients(row.cell('to'), row.cell('recipient profile urls')),
      at,
      text,
      direction: directionOf(row.cell('direction').toUpperCase()),
    };
  },
};
