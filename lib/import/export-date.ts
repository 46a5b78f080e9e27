// Every date format LinkedIn's export has used (2018–2026), plus what a spreadsheet makes of them when the
// user re-saves the file. Unknown formats give null, so the caller can name the line instead of guessing.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `2024-12-16 18:24:37 UTC` (messages since 2022), or an ISO date a spreadsheet wrote. */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:UTC|Z)?)?$/i;
/** `09 Sep 2022` (connections since 2022) and `23-Apr-23` (a spreadsheet's re-save). */
const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([a-z]{3})[a-z]*\.?[ -](\d{2}|\d{4})$/i;
/** `1/8/18, 6:14 PM` (2018 files, invitations until 2022) and `4/23/2023 14:05` (a spreadsheet's re-save). */
const US_NUMERIC =
  /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?)?$/i;

// A date without a time is placed at noon UTC, so it falls on the same calendar day in every time zone a
// user is likely to be in (UTC−11 to UTC+11), which is what "Connected On 09 Sep 2022" means to them.
const NOON = 12;

function fullYear(year: string): number {
  // LinkedIn dates two-digit years only after its founding (2003), so "18" is 2018.
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

function utc(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  if (month < 0 || month > 11 || hour > 23 || minute > 59 || second > 59) return null;
  const time = Date.UTC(year, month, day, hour, minute, second);
  // Date.UTC rolls 31 Feb over into March; a date that does not exist is not a date.
  return new Date(time).getUTCDate() === day ? time : null;
}

function hour24(hour: string | undefined, meridiem: string | undefined): number {
  const h = Number(hour ?? NOON);
  if (!meridiem) return h;
  const pm = meridiem.toLowerCase() === 'pm';
  return (h % 12) + (pm ? 12 : 0);
}

/** Epoch ms for a date cell of the export, or null when the format is not one LinkedIn or a spreadsheet writes. */
export function parseExportDate(cell: string): number | null {
  const text = cell.trim();
  let m = ISO.exec(text);
  if (m) {
    const hasTime = m[4] !== undefined;
    return utc(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      hasTime ? Number(m[4]) : NOON,
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
    );
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase());
    return month < 0 ? null : utc(fullYear(m[3]!), month, Number(m[1]), NOON, 0, 0);
  }
  m = US_NUMERIC.exec(text);
  if (m) {
    const hour = m[4] === undefined ? NOON : hour24(m[4], m[7]);
    if (m[7] && Number(m[4]) > 12) return null;
    return utc(fullYear(m[3]!), Number(m[1]) - 1, Number(m[2]), hour, Number(m[5] ?? 0), Number(m[6] ?? 0));
  }
  return null;
}
