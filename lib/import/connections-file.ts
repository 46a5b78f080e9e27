import { parseExportDate } from './export-date';
import { profileIdOfCell } from './profile-id';
import { type ExportFileReader, rowError, skip } from './row-verdict';

export interface ConnectionRecord {
  line: number;
  /** Null in exports before 2024, which had no URL column. */
  profileId: string | null;
  name: string;
  email: string;
  company: string;
  position: string;
  connectedAt: number;
}

/** Connections.csv, every variant: with or without the preamble, the URL column and e-mail addresses. */
export const connectionsFile: ExportFileReader<ConnectionRecord> = {
  columns: ['first name', 'last name', 'connected on'],
  read(row) {
    const name = `${row.cell('first name')} ${row.cell('last name')}`.trim().replace(/\s+/g, ' ');
    const url = row.cell('url');
    const profileId = profileIdOfCell(url);
    if (!name && !profileId) return skip('no name or profile URL (a deactivated or hidden member)');
    if (url && !profileId) return rowError(`not a LinkedIn profile URL: "${url}"`);
    const date = row.cell('connected on');
    const connectedAt = parseExportDate(date);
    if (connectedAt === null) return rowError(`unknown date format in Connected On: "${date}"`);
    const email = row.cell('email address');
    return {
      line: row.line,
      profileId,
      name,
      // One 2018 export holds a member URN in this column; it is not an address anyone can write to.
      email: email.includes('@') ? email : '',
      company: row.cell('company'),
      position: row.cell('position'),
      connectedAt,
    };
  },
};
