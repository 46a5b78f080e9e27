export type TokenKind = 'word' | 'emoji' | 'punct';

export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased, curly apostrophes folded to straight ones, so word lists need one spelling. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// One pass of a single sticky-free global regex: each alternative starts on a different character class
// and the only repetition is a flat `+` or a `*` separated by an apostrophe, so it cannot backtrack
// catastrophically. Emoji joined by ZWJ or with variation selectors stay one token.
const TOKEN =
  /[\p{L}\p{N}_]+(?:['’][\p{L}\p{N}]+)*|\p{Extended_Pictographic}(?:[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?\u200D\p{Extended_Pictographic})*[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?|[^\s\p{L}\p{N}_]/gu;
const EMOJI_START = /^\p{Extended_Pictographic}/u;
const WORD_START = /^[\p{L}\p{N}_]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const kind: TokenKind = WORD_START.test(raw) ? 'word' : EMOJI_START.test(raw) ? 'emoji' : 'punct';
    const norm = kind === 'word' ? raw.toLowerCase().replace(/’/g, "'") : raw;
    tokens.push({ text: raw, norm, start, end: start + raw.length, kind });
  }
  return tokens;
}
