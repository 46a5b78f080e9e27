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

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const SPACE = /\s/u;
const ZWJ = 0x200d;
const APOSTROPHES = new Set([0x27, 0x2019]);

function isWordChar(code: number, char: string): boolean {
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
    );
  }
  return LETTER_OR_DIGIT.test(char);
}

/** Skin tones and variation selectors belong to the emoji before them. */
function isEmojiModifier(code: number): boolean {
  return code === 0xfe0f || (code >= 0x1f3fb && code <= 0x1f3ff);
}

/**
 * One left-to-right pass over code points, no backtracking: words (letters, digits, inner apostrophes as in
 * "I'll"), emoji (with skin tones and ZWJ sequences), and single punctuation characters.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const at = (i: number) => text.codePointAt(i) ?? 0;
  const width = (code: number) => (code > 0xffff ? 2 : 1);
  let i = 0;
  while (i < text.length) {
    const code = at(i);
    const char = String.fromCodePoint(code);
    const start = i;
    let kind: TokenKind = 'punct';
    i += width(code);
    if (isWordChar(code, char)) {
      kind = 'word';
      for (;;) {
        const next = at(i);
        if (i < text.length && isWordChar(next, String.fromCodePoint(next))) i += width(next);
        else if (APOSTROPHES.has(next) && i + 1 < text.length && isWordChar(at(i + 1), text[i + 1]!)) i += 1;
        else break;
      }
    } else if (code > 127 && PICTOGRAPH.test(char)) {
      kind = 'emoji';
      for (;;) {
        const next = at(i);
        if (i < text.length && isEmojiModifier(next)) i += width(next);
        else if (next === ZWJ && PICTOGRAPH.test(String.fromCodePoint(at(i + 1)))) i += 1 + width(at(i + 1));
        else break;
      }
    } else if (code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(char)) {
      continue;
    }
    const raw = text.slice(start, i);
    const lower = kind === 'word' ? raw.toLowerCase() : raw;
    tokens.push({
      text: raw,
      norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start,
      end: i,
      kind,
    });
  }
  return tokens;
}
