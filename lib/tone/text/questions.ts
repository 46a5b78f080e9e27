import { WH_WORDS, wordSet } from '../features/word-lists';
import type { Sentence } from './sentences';

// Yes/no openers about the reader ("Do you…", "Are you…"). Modal openers ("Could you…") are requests,
// judged by the ask rules instead.
const CLOSED_OPENERS = wordSet("do does did are is was were have has don't doesn't aren't isn't haven't");

/** An open question invites a story: a wh-word near its start ("So what drew you to…?"). */
export function isOpenQuestion(sentence: Sentence): boolean {
  return sentence.isQuestion && sentence.words.slice(0, 3).some((word) => WH_WORDS.has(word));
}

/** A question that can be answered yes or no and is not a request. */
export function isClosedQuestion(sentence: Sentence): boolean {
  return sentence.isQuestion && !isOpenQuestion(sentence) && CLOSED_OPENERS.has(sentence.words[0] ?? '');
}
