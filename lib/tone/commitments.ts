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
// "I'm sending you the deck", "Sending you the CV within the hour": the present progressive of sending is a
// commitment to a next step as much as "I'll send" (RUBRIC promise: "the writer commits to a future action").
const SENDING = phraseSet(["i'm sending", 'i am sending', "we're sending", 'we are sending']);
const SENDING_YOU = phraseSet(['sending you', 'sending over']);
// …unless what is sent is the message itself: "I'm sending you this note / a connection request because…".
const SENDING_THIS_MESSAGE = phraseSet([
  'this',
  'a connection',
  'a request',
  'an invitation',
  'an invite',
  'a note',
  'a message',
  'my connection',
  'my request',
  'my invitation',
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
  if (at >= 0) return indexOfPhrase(sentence.words.slice(at, at + 4), NOT_PROMISES) !== 0 ? at : -1;
  return sendingIndex(sentence.words);
}

/** Where "I'm sending you …" or a sentence opening "Sending you …" starts, unless what is sent is this message. */
function sendingIndex(words: readonly string[]): number {
  const subject = indexOfPhrase(words, SENDING);
  // Without a subject only as the sentence's opening ("Sending you…", "Thanks, sending you…").
  const opening = indexOfPhrase(words.slice(0, 3), SENDING_YOU);
  const at = subject >= 0 ? subject : opening === 0 || opening === 1 ? opening : -1;
  if (at < 0) return -1;
  const sent = words.indexOf('sending', at) + 1;
  const object = words[sent] === 'you' || words[sent] === 'over' ? sent + 1 : sent;
  return indexOfPhrase(words.slice(object, object + 2), SENDING_THIS_MESSAGE) === 0 ? -1 : at;
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
