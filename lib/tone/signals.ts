import { containsPhrase, phraseSet } from './text/phrases';
import type { Sentence } from './text/sentences';

// Phrasings of the non-ask intents. Asks are learned (model/ask-model.ts); these are few and fixed enough
// to list, and a list says exactly why an intent was chosen.

/** Offering value: sharing, introducing, helping (Reciprocity). */
export const GIVE = phraseSet([
  'happy to',
  'glad to',
  'i can help',
  'i could help',
  'i can introduce',
  "i'd be happy",
  'i would be happy',
  "i'd be glad",
  "here's",
  'here is',
  'here are',
  'sharing',
  'i thought you might',
  'thought you might',
  'thought you would',
  "thought you'd",
  'you might find',
  'you may find',
  'might be useful',
  'might interest you',
  'introduce you',
  'connect you with',
  'put you in touch',
  'attached',
  "i've attached",
  'i have attached',
  'in case it helps',
  'if it helps',
  'let me know if i can',
  'if there is anything i can',
  "if there's anything i can",
  'how can i help',
  'i can offer',
  'i could offer',
  // A job lead is something given (RUBRIC: give = "an intro, help, an article, a job lead").
  'sourcing for',
  "i'm hiring",
  'i am hiring',
  "we're hiring",
  'we are hiring',
  'opening for',
  'if this is something you',
  'if this looks like something',
  'if this is a role',
  'i can refer',
  'refer you',
  'opportunity to refer',
]);

/** Thanks for something received; "thanks in advance" is a courtesy on an ask and is left out. */
export const THANKS = phraseSet([
  'thank you for',
  'thanks for',
  'thanks so much',
  'thank you so much',
  'grateful',
  'i appreciate',
  'much appreciated',
  'many thanks',
  'thanks a lot',
  'thanks again',
  'thank you again',
  'thanks a ton',
  'thank for',
  'thankyou',
  'thank u',
]);
const THANKS_ALONE = phraseSet(['thanks', 'thank you', 'thx', 'cheers']);
const IN_ADVANCE = phraseSet(['in advance']);

export const FOLLOW_UP = phraseSet([
  'following up',
  'follow up',
  'circling back',
  'checking in',
  'touching base',
  'as promised',
  'as discussed',
  'as mentioned',
  'great to meet',
  'great meeting',
  'nice to meet',
  'nice meeting',
  'good to meet',
  'lovely to meet',
  'pleasure meeting',
  'great to see',
  'great chatting',
  'our conversation',
  'our chat',
  'our call',
  'we spoke',
  'we met',
  'last week',
  'yesterday',
]);

export function sentenceHas(sentence: Sentence, set: ReturnType<typeof phraseSet>): boolean {
  return containsPhrase(sentence.words, set);
}

/** A sentence that thanks the reader for something, not merely "thanks in advance". */
export function thanksSentence(sentence: Sentence): boolean {
  if (containsPhrase(sentence.words, IN_ADVANCE)) return false;
  return (
    containsPhrase(sentence.words, THANKS) ||
    (sentence.words.length <= 3 && containsPhrase(sentence.words, THANKS_ALONE))
  );
}
