import { WH_WORDS, wordSet } from '../features/word-lists';
import { containsPhrase, phraseSet } from './phrases';
import type { Sentence } from './sentences';

// Yes/no openers about the reader ("Do you…", "Are you…"). Modal openers ("Could you…") are requests,
// judged by the ask rules instead.
const CLOSED_OPENERS = wordSet("do does did are is was were have has don't doesn't aren't isn't haven't");
const WH_CONTRACTIONS = wordSet("how's what's where's who's when's why's");
// "How are you?" is a greeting, not an invitation to tell a story.
const SMALL_TALK = phraseSet([
  'how are you',
  'how are you doing',
  "how're you",
  'how are u',
  "how's it going",
  'how is it going',
  'how do you do',
  "what's up",
  'whats up',
]);
// Open invitations written without a question mark: "Let me know what times work for you."
const OPEN_INVITATIONS = phraseSet([
  'let me know what',
  'let me know when',
  'let me know how',
  'let me know which',
  'let me know your thoughts',
  'let me know your',
  'tell me about',
  'tell me more',
  'love to hear',
  'like to hear',
  'love to know',
  'like to know how',
  'want to know how',
  'to know how',
  'how did you',
  'how do you',
  'what do you think',
  'your thoughts on',
  'your advice on',
  'share your experience',
  'share some insights',
]);

const isWh = (word: string) => WH_WORDS.has(word) || WH_CONTRACTIONS.has(word);

/** An open question invites a story: a wh-word near its start ("So what drew you to…?"), not "How are you?". */
export function isOpenQuestion(sentence: Sentence): boolean {
  if (containsPhrase(sentence.words, OPEN_INVITATIONS)) return true;
  if (!sentence.isQuestion || !sentence.words.slice(0, 3).some(isWh)) return false;
  return !(sentence.words.length <= 5 && containsPhrase(sentence.words, SMALL_TALK));
}

/** A question that can be answered yes or no and is not a request. */
export function isClosedQuestion(sentence: Sentence): boolean {
  return sentence.isQuestion && !isOpenQuestion(sentence) && CLOSED_OPENERS.has(sentence.words[0] ?? '');
}
