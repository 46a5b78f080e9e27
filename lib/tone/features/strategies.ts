import { containsPhrase, phraseSet } from '../text/phrases';
import type { Sentence } from '../text/sentences';
import {
  DEFERENCE_OPENERS,
  DIRECT_STARTS,
  FIRST_PERSON,
  FIRST_PERSON_PLURAL,
  GREETINGS,
  HEDGES,
  NEGATIONS,
  NEGATIVE_WORDS,
  PLEASE,
  POSITIVE_WORDS,
  SECOND_PERSON,
  WH_WORDS,
  wordSet,
} from './word-lists';

const DAY_PARTS = wordSet('morning afternoon evening');

/**
 * Politeness strategies of Danescu-Niculescu-Mizil et al. (ACL 2013), found per sentence. They describe how a
 * request is phrased rather than what it is about, which is why they carry over from Wikipedia to LinkedIn.
 */
export type Strategy =
  | 'gratitude'
  | 'deference'
  | 'greeting'
  | 'please'
  | 'please-start'
  | 'by-the-way'
  | 'direct-question'
  | 'direct-start'
  | 'counterfactual-modal'
  | 'indicative-modal'
  | 'first-person-start'
  | 'first-person-plural'
  | 'first-person'
  | 'second-person'
  | 'second-person-start'
  | 'hedge'
  | 'factuality'
  | 'apologizing'
  | 'positive-lexicon'
  | 'negative-lexicon'
  | 'negation'
  | 'why';

const GRATITUDE = phraseSet(['thank*', 'thx', 'ty', 'appreciate*', 'grateful', 'kudos']);
const APOLOGY = phraseSet([
  'sorry',
  'apolog*',
  'oops',
  'woops',
  'excuse me',
  'forgive me',
  'my bad',
  'pardon',
]);
const BY_THE_WAY = phraseSet(['by the way', 'btw', 'incidentally']);
const FACTUALITY = phraseSet([
  'in fact',
  'actually',
  'the point is',
  'the reality is',
  'the truth is',
  'clearly',
]);
const COUNTERFACTUAL = phraseSet(['could you', 'would you', 'would it be', 'could we', 'would you mind']);
const INDICATIVE = phraseSet(['can you', 'will you', 'can we', 'can u']);

// The word lists a strategy checks anywhere in a sentence, as bit flags, so one pass over the words
// answers all of them: one map lookup per word instead of one per word and list.
const LISTS = [
  PLEASE,
  FIRST_PERSON_PLURAL,
  FIRST_PERSON,
  SECOND_PERSON,
  HEDGES,
  POSITIVE_WORDS,
  NEGATIVE_WORDS,
  NEGATIONS,
];
const [PLEASE_BIT, WE_BIT, I_BIT, YOU_BIT, HEDGE_BIT, POSITIVE_BIT, NEGATIVE_BIT, NEGATION_BIT] = [
  1, 2, 4, 8, 16, 32, 64, 128,
] as const;
const FLAGS = new Map<string, number>();
LISTS.forEach((list, i) => {
  for (const word of list) FLAGS.set(word, (FLAGS.get(word) ?? 0) | (1 << i));
});

/** Flags of the lists that words[from…] touch. */
function flagsFrom(words: readonly string[], from: number): number {
  let flags = 0;
  for (let i = from; i < words.length; i++) flags |= FLAGS.get(words[i]!) ?? 0;
  return flags;
}

type SentenceWords = Pick<Sentence, 'words' | 'isQuestion'>;

// Politeness, ask features and rules all look at a sentence's strategies; find them once per sentence and keep
// them on the sentence. Not a WeakMap: a pasted wall of one-word lines is thousands of sentences, and a WeakMap
// entry per sentence made the young-generation collections grow faster than the draft.
const STRATEGIES = Symbol('strategies');
type Memo = SentenceWords & { [STRATEGIES]?: readonly Strategy[] };

/** The strategies present in one sentence. */
export function sentenceStrategies(sentence: SentenceWords): readonly Strategy[] {
  const memo = sentence as Memo;
  memo[STRATEGIES] ??= findStrategies(sentence);
  return memo[STRATEGIES];
}

function findStrategies({ words, isQuestion }: SentenceWords): Strategy[] {
  if (words.length === 0) return [];
  const head = words[0]!;
  const after = flagsFrom(words, 1);
  const all = after | (FLAGS.get(head) ?? 0);
  // Plain pushes, no list of [strategy, present] pairs: this runs once per sentence, and a pasted wall of
  // one-word lines is thousands of sentences.
  const found: Strategy[] = [];
  if (containsPhrase(words, GRATITUDE)) found.push('gratitude');
  if (DEFERENCE_OPENERS.has(head)) found.push('deference');
  if (GREETINGS.has(head) || (head === 'good' && DAY_PARTS.has(words[1] ?? ''))) found.push('greeting');
  if ((after & PLEASE_BIT) !== 0) found.push('please');
  if (PLEASE.has(head)) found.push('please-start');
  if (containsPhrase(words, BY_THE_WAY)) found.push('by-the-way');
  if (isQuestion && WH_WORDS.has(head)) found.push('direct-question');
  if (DIRECT_STARTS.has(head)) found.push('direct-start');
  if (containsPhrase(words, COUNTERFACTUAL)) found.push('counterfactual-modal');
  if (containsPhrase(words, INDICATIVE)) found.push('indicative-modal');
  if (FIRST_PERSON.has(head)) found.push('first-person-start');
  if ((all & WE_BIT) !== 0) found.push('first-person-plural');
  if ((after & I_BIT) !== 0) found.push('first-person');
  if ((after & YOU_BIT) !== 0) found.push('second-person');
  if (SECOND_PERSON.has(head)) found.push('second-person-start');
  if ((all & HEDGE_BIT) !== 0) found.push('hedge');
  if (containsPhrase(words, FACTUALITY)) found.push('factuality');
  if (containsPhrase(words, APOLOGY)) found.push('apologizing');
  if ((all & POSITIVE_BIT) !== 0) found.push('positive-lexicon');
  if ((all & NEGATIVE_BIT) !== 0) found.push('negative-lexicon');
  if ((all & NEGATION_BIT) !== 0) found.push('negation');
  if (words.includes('why')) found.push('why');
  return found;
}
