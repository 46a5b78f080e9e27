// Page-derived text is untrusted: strip control and bidi-override characters, fold whitespace, cap the length.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export const TEXT_CAPS = {
  name: 200,
  short: 300,
  long: 2000,
  note: 10_000,
} as const;

/** Strips, folds and caps; `fold` decides what happens to whitespace (one space, or paragraphs kept). */
function clean(value: string | null | undefined, max: number, fold: (text: string) => string): string {
  if (!value) return '';
  // Slice before the regexes so a hostile 10 MB string costs no more than a capped one.
  const head = value.length > max * 4 ? value.slice(0, max * 4) : value;
  const folded = fold(head.replace(CONTROL_CHARS, '')).trim();
  return folded.length > max ? `${folded.slice(0, max - 1).trimEnd()}…` : folded;
}

export const cleanText = (value: string | null | undefined, max: number): string =>
  clean(value, max, (text) => text.replace(/\s+/g, ' '));

/** Like cleanText but keeps line breaks, for notes and message excerpts. */
export const cleanMultiline = (value: string | null | undefined, max: number): string =>
  clean(value, max, (text) => text.replace(/[^\S\n]+/g, ' ').replace(/\n{3,}/g, '\n\n'));
