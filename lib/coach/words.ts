import { wordSet } from '../tone/features/word-lists';

// Words that carry no topic: a reply sharing only these with their message has not picked up anything they said.
const STOPWORDS = wordSet(
  "a an the and or but so if then than that this these those there here it its it's is are was were be been being " +
    'am do does did done have has had having i me my mine we us our you your yours they them their he she him her ' +
    'his hers what which who whom whose when where why how all any some no not can could would should will shall may ' +
    'might must to of in on at by for with from about as into over under up down out off again just also very really ' +
    'too only much more most many lot lots get got getting go going know let like want need make please thanks thank ' +
    'hi hello hey dear regards best cheers sure ok okay yes yeah well good great nice now today soon time one ' +
    "able i'm i'll i've i'd you're you'll you've you'd we're we'll don't didn't can't won't isn't aren't let's",
);

/** A crude stem, enough to match "introduce" with "introduction" and "meetings" with "meeting". */
export function stem(word: string): string {
  const bare = word.replace(/'s$/, '');
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'e', 'tion', 'ly']) {
    if (bare.length - suffix.length >= 4 && bare.endsWith(suffix)) return bare.slice(0, -suffix.length);
  }
  return bare;
}

/** The topic words of a run of words: no stopwords, no numbers alone, stemmed. */
export function topicWords(words: readonly string[]): Set<string> {
  const topics = new Set<string>();
  for (const word of words) {
    if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    topics.add(stem(word));
  }
  return topics;
}

export function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const word of a) if (b.has(word)) return true;
  return false;
}

/** Words that answer a yes/no question or an ask, whichever way: a kind no is an answer too. */
export const ANSWER_WORDS = wordSet(
  "yes yeah yep yup sure absolutely definitely certainly ok okay okey no nope unfortunately sadly afraid can't " +
    "cannot won't works perfect gladly happy glad love agreed fine course unable busy",
);

/** Words of time: a reply naming a day or an hour answers "when". */
export const TIME_WORDS = wordSet(
  'monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight morning afternoon evening ' +
    'week weekend month am pm noon next later soon anytime january february march april may june july august ' +
    'september october november december mon tue wed thu fri',
);

/** "How are you" is answered by how one is. */
export const WELLBEING_WORDS = wordSet(
  'good great well fine doing busy ok okay fantastic excellent better thanks hanging alright',
);
