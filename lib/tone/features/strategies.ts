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
} from './word-lists';

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

function someWord(words: readonly string[], from: number, set: ReadonlySet<string>): boolean {
  for (let i = from; i < words.length; i++) if (set.has(words[i]!)) return true;
  return false;
}

/** The strategies present in one sentence. */
export function sentenceStrategies(sentence: Pick<Sentence, 'words' | 'isQuestion'>): Strategy[] {
  const { words, isQuestion } = sentence;
  if (words.length === 0) return [];
  const head = words[0]!;
  const found: Strategy[] = [];
  const add = (strategy: Strategy, present: boolean) => present && found.push(strategy);
  add('gratitude', containsPhrase(words, GRATITUDE));
  add('deference', DEFERENCE_OPENERS.has(head));
  add(
    'greeting',
    GREETINGS.has(head) || (head === 'good' && /^(morning|afternoon|evening)$/.test(words[1] ?? '')),
  );
  add('please', someWord(words, 1, PLEASE));
  add('please-start', PLEASE.has(head));
  add('by-the-way', containsPhrase(words, BY_THE_WAY));
  add('direct-question', isQuestion && WH_WORDS.has(head));
  add('direct-start', DIRECT_STARTS.has(head));
  add('counterfactual-modal', containsPhrase(words, COUNTERFACTUAL));
  add('indicative-modal', containsPhrase(words, INDICATIVE));
  add('first-person-start', FIRST_PERSON.has(head));
  add('first-person-plural', someWord(words, 0, FIRST_PERSON_PLURAL));
  add('first-person', someWord(words, 1, FIRST_PERSON));
  add('second-person', someWord(words, 1, SECOND_PERSON));
  add('second-person-start', SECOND_PERSON.has(head));
  add('hedge', someWord(words, 0, HEDGES));
  add('factuality', containsPhrase(words, FACTUALITY));
  add('apologizing', containsPhrase(words, APOLOGY));
  add('positive-lexicon', someWord(words, 0, POSITIVE_WORDS));
  add('negative-lexicon', someWord(words, 0, NEGATIVE_WORDS));
  add('negation', someWord(words, 0, NEGATIONS));
  add('why', words.includes('why'));
  return found;
}
