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

/**
 * The forms a request takes besides a question (RUBRIC: ask = "requests something of the reader"): an imperative
 * courtesy, a want, a wonder. A statement with none of them ("It was good to meet you") asks nothing, whatever
 * the e-mail-trained ask model makes of its words.
 */
export const REQUEST_FORMS = phraseSet([
  'please',
  'pls',
  'plz',
  'kindly',
  'let me know',
  'let us know',
  'could you',
  'can you',
  'would you',
  'will you',
  'would it be',
  'i would like',
  "i'd like",
  'i would love',
  "i'd love",
  'i want',
  'i need',
  'we need',
  'i am looking for',
  "i'm looking for",
  'looking for',
  'i was hoping',
  "i'm hoping",
  'i am hoping',
  'i hope you can',
  'i hope you could',
  'i wonder',
  'i was wondering',
  'wondering if',
  'if you could',
  'if you can',
  'if possible',
  'appreciate it if',
  'appreciate if',
  'grateful if',
  'do me a favor',
  'a favor',
  'a favour',
  'send me',
  'share your',
  'share with me',
  'tell me',
  'call me',
  'email me',
  'reach out',
  'get back to me',
  'connect me',
  'introduce me',
  'refer me',
  'help me',
  'give me',
  'drop me',
]);

/**
 * A question that takes an interest in the reader ("What are you focusing on these days?", "How have you been?"):
 * Active Listening's open question, which invites them to talk and asks no favour.
 */
export const INTEREST_QUESTIONS = phraseSet([
  'these days',
  'lately',
  'how are things',
  'how have you been',
  "how's life",
  'how is life',
  "how's the family",
  'how is the family',
  'keeping you busy',
  'what are you focusing on',
  'what are you focused on',
  'what are you working on',
  'what are you up to',
  'excite you',
  'excites you',
  'drew you',
  'looking forward to',
  'enjoying',
  'curious about',
  'at the moment',
  'right now',
  'surprised you',
  'made you start',
  'stand out to you',
]);

/** Offers of help, which read like requests to the ask model ("Let me know if I can help"). */
export const HELP_OFFERS = phraseSet([
  'let me know if i can',
  'let me know if there is anything i can',
  "let me know if there's anything i can",
  'if there is anything i can',
  "if there's anything i can",
  'anything i can do',
  'help on my side',
  'on my side',
  'happy to help',
  'glad to help',
  'how can i help',
  'i can help',
  'i could help',
  'useful to you',
]);

export function sentenceHas(sentence: Sentence, set: ReturnType<typeof phraseSet>): boolean {
  return containsPhrase(sentence.words, set);
}

/** Thanks that name what they are for ("thanks for the intro", "grateful for your help"). */
const THANKS_FOR = phraseSet([
  'thank you for',
  'thanks for',
  'thank for',
  'grateful',
  'i appreciate',
  'appreciated',
]);

/**
 * A sentence that thanks the reader for something, not merely "thanks in advance". `afterAsk`: an earlier sentence
 * asked; then a thanks that names nothing ("Thanks!", "Thank you so much!") is the ask's courtesy, thanks in advance
 * in other words, not thanks for past help (RUBRIC ask_without_give: "no thanks for past help").
 */
export function thanksSentence(sentence: Sentence, afterAsk = false): boolean {
  if (containsPhrase(sentence.words, IN_ADVANCE)) return false;
  if (afterAsk && !containsPhrase(sentence.words, THANKS_FOR)) return false;
  return (
    containsPhrase(sentence.words, THANKS) ||
    (sentence.words.length <= 3 && containsPhrase(sentence.words, THANKS_ALONE))
  );
}
