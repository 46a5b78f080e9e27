import Papa from 'papaparse';
import type { Contact } from '../schema/contact';

// A cell starting with = + - @ is run as a formula by spreadsheets (CSV injection, OWASP); a leading apostrophe
// makes it plain text. Names and notes come from web pages and the user, so any of them may start so. Every cell
// is quoted, but a spreadsheet set to another separator (";" in much of Europe, tab) or one that ignores quotes
// splits a cell at its separators and line breaks, so a trigger after any of them is neutralised too.
// Tab and carriage return count as triggers too: some spreadsheets drop them and read what follows.
const TRIGGER_AFTER_BREAK = /(?<=^|[,;|\t\r\n])( *)(?=[=+\-@\t\r])/g;

export function safeCell(value: string): string {
  return value.replace(TRIGGER_AFTER_BREAK, "$1'");
}

/** YYYY-MM-DD, or empty for no date or one no calendar can show (a corrupt record must not stop the export). */
const day = (time: number | null) => {
  const date = time ? new Date(time) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : '';
};

const COLUMNS: [string, (contact: Contact) => string][] = [
  ['Name', (c) => c.name],
  ['LinkedIn URL', (c) => c.profileUrl],
  ['Title', (c) => c.title],
  ['Company', (c) => c.company],
  ['Headline', (c) => c.headline],
  ['Location', (c) => c.location],
  ['Email', (c) => c.email],
  ['Connected On', (c) => day(c.connectedAt)],
  ['Last Interaction', (c) => day(c.lastInteractionAt)],
  ['Tags', (c) => c.tags.join('; ')],
  ['How We Met', (c) => c.howWeMet],
  ['Notes', (c) => c.notes],
];

/** Contacts as a CSV other CRMs import: one row per person, dates as YYYY-MM-DD (UTC). */
export function contactsToCsv(contacts: readonly Contact[]): string {
  return Papa.unparse(
    {
      fields: COLUMNS.map(([name]) => name),
      data: contacts.map((contact) => COLUMNS.map(([, value]) => safeCell(value(contact)))),
    },
    { quotes: true },
  );
}
