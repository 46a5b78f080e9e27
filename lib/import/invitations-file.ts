import { parseExportDate } from './export-date';
import { profileIdOfCell } from './profile-id';
import { type ExportFileReader, type RowPerson, rowError } from './row-verdict';

export interface InvitationRecord {
  line: number;
  from: RowPerson;
  to: RowPerson;
  at: number;
  message: string;
  direction: 'in' | 'out';
}

/** Invitations.csv: every variant has a Direction column; since 2024 also both profile URLs. */
export const invitationsFile: ExportFileReader<InvitationRecord> = {
  columns: ['from', 'to', 'sent at', 'direction'],
  read(row) {
    const direction = row.cell('direction').toUpperCase();
    if (direction !== 'INCOMING' && direction !== 'OUTGOING') {
      return rowError(`unknown Direction "${row.cell('direction')}" (expected INCOMING or OUTGOING)`);
    }
    const date = row.cell('sent at');
    const at = parseExportDate(date);
    if (at === null) return rowError(`unknown date format in Sent At: "${date}"`);
    return {
      line: row.line,
      from: { name: row.cell('from'), profileId: profileIdOfCell(row.cell('inviterprofileurl')) },
      to: { name: row.cell('to'), profileId: profileIdOfCell(row.cell('inviteeprofileurl')) },
      at,
      message: row.cell('message'),
      direction: direction === 'INCOMING' ? 'in' : 'out',
    };
  },
};
