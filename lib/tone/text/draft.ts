import type { MessageKind, ToneContext } from '../types';
import { type Sentence, splitSentences } from './sentences';
import { type Token, tokenize } from './tokenize';

/**
 * Drafts longer than this are analysed on their first part only: LinkedIn's longest field (a message)
 * holds 8,000 characters, and the cap keeps a 100,000-character paste well inside the time budget.
 */
export const MAX_ANALYSED_CHARS = 20_000;

/** A draft, tokenised once, that every rule and model reads. */
export interface Draft {
  /** The full draft as given: hint ranges refer to it. */
  text: string;
  /** The part that was analysed (a prefix of `text`). */
  analysed: string;
  tokens: Token[];
  /** Word tokens only, in order. */
  words: Token[];
  /** The normalised text of each word token, what phrase lists match against. */
  norms: string[];
  sentences: Sentence[];
  kind: MessageKind;
  context: ToneContext;
}

const KINDS: readonly MessageKind[] = ['message', 'connection-note', 'inmail', 'comment'];

/** Callers in plain JavaScript (content scripts, imports) may pass anything; a report is still owed. */
function kindOf(kind: unknown): MessageKind {
  return KINDS.includes(kind as MessageKind) ? (kind as MessageKind) : 'message';
}

export function readDraft(input: string, context: ToneContext = {}): Draft {
  const text = typeof input === 'string' ? input : '';
  const analysed = text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text;
  const tokens = tokenize(analysed);
  const words = tokens.filter((token) => token.kind === 'word');
  return {
    text,
    analysed,
    tokens,
    words,
    norms: words.map((word) => word.norm),
    sentences: splitSentences(analysed, tokens),
    kind: kindOf(context.kind),
    context,
  };
}
