import { containsPhrase, phraseSet } from '../text/phrases';
import type { Sentence } from '../text/sentences';
import type { Emit } from './emit';
import { sentenceStrategies } from './strategies';
import { wordSet } from './word-lists';

// Base-form verbs that open an instruction ("Send me…", "Let me know…"): the grammar of a direct ask.
const IMPERATIVE_VERBS = wordSet(
  'send forward share let call give check review sign confirm tell email reply respond join come meet ' +
    'schedule book provide update fill complete add remind ping contact consider introduce connect help keep ' +
    'make take look read note try find follow attach approve feel do grab hop drop set arrange',
);
const REQUEST_PHRASES = phraseSet([
  'let me know',
  "let's",
  'let us',
  'i need',
  'we need',
  'i would like',
  "i'd like",
  "i'd love",
  'i would love',
  'i want',
  'we want',
  'want you to',
  'need you to',
  'how about',
  'what about',
  'why not',
  "why don't",
  'feel free',
  'should we',
  'shall we',
  'do you want',
  'would you like',
  'do you have',
  'are you available',
  'are you free',
  'is it possible',
  'would it be possible',
  'if you could',
  'if you can',
  'i was wondering',
  'i wonder if',
  'i propose',
  'we propose',
  'i suggest',
  'we should',
  'you should',
  'looking for',
  'i hope you can',
  'any chance',
]);
const SCHEDULE_WORDS = wordSet(
  'today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday week weekend am pm ' +
    'morning afternoon eod asap noon',
);

/** One sentence's features for the ask model: strategies, request phrasing, timing words, words. */
export function askFeatures(sentence: Pick<Sentence, 'words' | 'isQuestion'>, emit: Emit): void {
  const { words } = sentence;
  if (words.length === 0) return;
  for (const strategy of sentenceStrategies(sentence)) emit('strategy', strategy);
  const head = words[0]!;
  emit('first', head);
  if (IMPERATIVE_VERBS.has(head)) emit('ask', 'imperative');
  if (containsPhrase(words, REQUEST_PHRASES)) emit('ask', 'request-phrase');
  if (sentence.isQuestion) emit('ask', 'question');
  if (words.some((word) => SCHEDULE_WORDS.has(word))) emit('ask', 'schedule');
  for (const word of new Set(words)) emit('word', word);
}
