// Comparing what two profiles say about organisations and places. LinkedIn names the same employer several ways
// ("Amazon Web Services (AWS)", "Amazon Web Services, Inc."), so names are folded before they are compared:
// accents, case, punctuation, a trailing abbreviation in brackets and legal suffixes go.

const LEGAL_SUFFIX =
  /\b(inc|incorporated|llc|llp|ltd|limited|plc|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|aps|kk|co|corp|corporation|company|pty|pvt|private)\b\.?/g;

export function orgKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)\s*$/, '')
    .replace(/[^\p{L}\p{N}\s&]/gu, ' ')
    .replace(LEGAL_SUFFIX, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Kraków, Małopolskie, Poland" → "krakow"; "Greater Seattle Area" → "seattle"; "" when none. */
export function cityKey(location: string): string {
  const first = location.split(',')[0] ?? '';
  return orgKey(first.replace(/^greater\s+/i, '').replace(/\s+(metropolitan\s+)?area$/i, '')).trim();
}

/** The first 4-digit years in "2011 - 2016" or "Sep 2012 – Jun 2014": [from, to]; `to` is `now` for "Present". */
export function yearsOf(dates: string, currentYear: number): [number, number] | null {
  const years = [...dates.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  if (years.length === 0) return null;
  const from = years[0]!;
  const to = /present|now|heute|actualidad|aujourd/i.test(dates) ? currentYear : (years[1] ?? from);
  return [from, Math.max(from, to)];
}
