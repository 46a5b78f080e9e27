import { cleanMultiline, cleanText } from '../text/sanitize';
import { summarisePromise } from './promise-summary';

/**
 * The most of a message kept as its excerpt, wherever it came from (sent, read in a thread, imported): past this
 * an excerpt stops being a reminder and becomes a copy of the conversation.
 */
export const EXCERPT_CHARS = 200;

/** What is kept of a message's words: a cleaned excerpt when the user keeps excerpts, nothing otherwise. */
export function excerptOf(text: string, keepExcerpts: boolean): string {
  return keepExcerpts ? cleanMultiline(text, EXCERPT_CHARS) : '';
}

/** What is kept of a promise: its words, cleaned and cut, when excerpts are kept; otherwise a summary in Rapport's words. */
export function promiseTextOf(text: string, keepExcerpts: boolean): string {
  return keepExcerpts ? cleanText(text, EXCERPT_CHARS) : summarisePromise(text);
}
