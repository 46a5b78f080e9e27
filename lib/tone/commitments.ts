import { resolveDue } from './due-date';
import type { Draft } from './text/draft';
import { indexOfPhrase, phraseSet } from './text/phrases';
import type { Sentence } from './text/sentences';
import type { DetectedCommitment } from './types';

// First-person promises. "Let me" only counts before a verb of doing, not "let me know" (that is an ask).
const PROMISES = phraseSet([
  "i'll",
  'i will',
  "i'm going to",
  'i am going to',
  'i promise',
  "we'll",
  'we will',
  "we're going to",
  'let me send',
  'let me share',
  'let me check',
  'let me introduce',
  'let me get',
  'let me follow',
  'i can send',
]);
// "I'll be honest", "I will admit": ways of speaking, not promises.
const NOT_PROMISES = phraseSet([
  "i'll be honest",
  'i will be honest',
  "i'll admit",
  'i will admit',
  "i'll try",
]);

function trimEnd(text: string, start: number, end: number): number {
  let stop = end;
  while (stop > start && /[\s.!?,;:]/.test(text[stop - 1]!)) stop--;
  return stop;
}

/** Word index where the sentence's promise starts, or -1. */
export function promiseIndex(sentence: Sentence): number {
  if (sentence.isQuestion) return -1;
  const at = indexOfPhrase(sentence.words, PROMISES);
  return at >= 0 && indexOfPhrase(sentence.words.slice(at, at + 4), NOT_PROMISES) !== 0 ? at : -1;
}

/** Promises the writer makes ("I'll send you the deck by Friday"), each with a due date when one is stated. */
export function findCommitments(draft: Draft): DetectedCommitment[] {
  const { now, timeZone = 'UTC' } = draft.context;
  const found: DetectedCommitment[] = [];
  for (const sentence of draft.sentences) {
    const at = promiseIndex(sentence);
    if (at < 0) continue;
    const firstWord = draft.words[sentence.wordStart + at]!;
    const end = trimEnd(draft.analysed, firstWord.start, sentence.end);
    found.push({
      text: draft.analysed.slice(firstWord.start, end),
      start: firstWord.start,
      end,
      dueAt: now === undefined ? null : resolveDue(sentence.words.slice(at), { now, timeZone }),
    });
  }
  return found;
}
