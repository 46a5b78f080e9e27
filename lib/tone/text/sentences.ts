import type { Token } from './tokenize';

export interface Sentence {
  start: number;
  end: number;
  /** Token indices [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Lower-cased words only, in order: what most phrase rules look at. */
  words: string[];
  /** Index of this sentence's first word in the draft's word-token list: words[k] is wordTokens[wordStart + k]. */
  wordStart: number;
  isQuestion: boolean;
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
// A full stop after these does not end a sentence ("Dr. Lee").
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'vs', 'etc', 'st', 'jr', 'sr']);

// A loop over the gap, not indexOf: indexOf would scan to the end of a long draft for every token.
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Splits on terminal punctuation followed by a space or the end, and on line breaks. Linear in tokens. */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let wordCount = 0;
  const close = (last: number) => {
    if (last < first) return;
    const words: string[] = [];
    let isQuestion = false;
    for (let i = first; i <= last; i++) {
      const token = tokens[i]!;
      if (token.kind === 'word') words.push(token.norm);
      else if (token.text === '?') isQuestion = true;
    }
    sentences.push({
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      tokenStart: first,
      tokenEnd: last + 1,
      words,
      wordStart: wordCount,
      isQuestion,
    });
    wordCount += words.length;
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    const breaksLine = hasLineBreak(text, token.end, next.start);
    const terminal =
      TERMINATORS.has(token.text) &&
      !TERMINATORS.has(next.text) &&
      next.start > token.end &&
      !(token.text === '.' && ABBREVIATIONS.has(tokens[i - 1]?.norm ?? ''));
    if (breaksLine || terminal) close(i);
  }
  close(tokens.length - 1);
  return sentences;
}
