import { GREETINGS, wordSet } from '../tone/features/word-lists';
import { phraseSet } from '../tone/text/phrases';
import type { Token } from '../tone/text/tokenize';

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

const NO_NAMES: ReadonlySet<string> = new Set();
const capitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
const SIGN_OFFS = wordSet('regards best cheers thanks sincerely warmly');

/**
 * The names in a message's greeting ("Hi Minh,") and signature (up to three capitalised words on its last line or
 * after a sign-off: "Regards, Minh."): a reply greeting them by name shares that word with their message without
 * taking up anything they said.
 */
export function nameWords(text: string, tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  const words = tokens.filter((token) => token.kind === 'word');
  const last = words.at(-1);
  if (!last) return names;
  const firstBreak = text.indexOf('\n', words[0]!.start);
  if (GREETINGS.has(words[0]!.norm))
    for (const word of words.slice(1, 4)) {
      if (!capitalised(word) || (firstBreak >= 0 && word.start > firstBreak)) break;
      names.add(word.norm);
    }
  const lineStart = text.lastIndexOf('\n', last.start);
  const lastLine = lineStart > words[0]!.start ? words.filter((word) => word.start > lineStart) : [];
  const afterSignOff = words.findLastIndex((word) => SIGN_OFFS.has(word.norm)) + 1;
  const signature = [
    ...(lastLine.length <= 3 ? lastLine : []),
    ...(afterSignOff > 0 && words.length - afterSignOff <= 3 ? words.slice(afterSignOff) : []),
  ];
  for (const word of signature) if (capitalised(word) && !STOPWORDS.has(word.norm)) names.add(word.norm);
  return names;
}

/** A crude stem, enough to match "introduce" with "introduction" and "meetings" with "meeting". */
export function stem(word: string): string {
  const bare = word.replace(/'s$/, '');
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'e', 'tion', 'ly']) {
    if (bare.length - suffix.length >= 4 && bare.endsWith(suffix)) return bare.slice(0, -suffix.length);
  }
  return bare;
}

/** The topic words of a run of words: no stopwords, no numbers alone, no names (see nameWords), stemmed. */
export function topicWords(words: readonly string[], names: ReadonlySet<string> = NO_NAMES): Set<string> {
  const topics = new Set<string>();
  for (const word of words) {
    if (word.length < 2 || STOPWORDS.has(word) || names.has(word) || /^\d+$/.test(word)) continue;
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
    "cannot won't works perfect gladly happy glad love agreed fine course unable busy interested willing",
);

/** A kind no in so many words ("not necessary for now, thanks anyway"): an answer too. */
export const DECLINES = phraseSet([
  'not necessary',
  'not needed',
  'not interested',
  'not for now',
  'not right now',
  'not at the moment',
  'no thanks',
  'no thank you',
  'thanks anyway',
  'thank you anyway',
  'maybe later',
  'pass on',
]);

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
