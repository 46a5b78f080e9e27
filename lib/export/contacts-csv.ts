import Papa from 'papaparse';
import type { Contact } from '../schema/contact';

// A cell starting with one of these is run as a formula by spreadsheets (CSV injection); a leading apostrophe
// makes it plain text. Names and notes come from web pages and the user, so any of them may start so.
const FORMULA_START = /^[=+\-@\t\r]/;

function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const day = (time: number | null) => (time ? new Date(time).toISOString().slice(0, 10) : '');

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
  return Papa.unparse({
    fields: COLUMNS.map(([name]) => name),
    data: contacts.map((contact) => COLUMNS.map(([, value]) => safeCell(value(contact)))),
  });
}
