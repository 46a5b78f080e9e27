import type { Intent } from '../schema/interaction';
import { findCommitments } from '../tone/commitments';
import { AUXILIARIES, SECOND_PERSON } from '../tone/features/word-lists';
import { classifyIntent } from '../tone/intent';
import { type Reading, readTone } from '../tone/reading';
import { thanksSentence } from '../tone/signals';
import { containsPhrase, type PhraseSet, phraseSet } from '../tone/text/phrases';
import type { DetectedCommitment } from '../tone/types';
import { type Mood, moodOf } from './mood';
import { nameWords, topicWords } from './words';

/**
 * `about-you`: an open question about the reader ("What do you do?"), answered by telling about oneself;
 * `return`: "And you?" after telling about themselves, answered by any telling.
 */
export type QuestionKind = 'yes-no' | 'when' | 'how-are-you' | 'about-you' | 'return' | 'open';

export interface TheirQuestion {
  /** The question as they wrote it (shown to the user while replying; stored only as an opted-in excerpt). */
  text: string;
  kind: QuestionKind;
  topics: Set<string>;
}

/** What Rapport understands of a message the other person wrote. */
export interface TheirReading {
  intent: Intent;
  questions: TheirQuestion[];
  /** The sentences in which they ask something of the user. */
  asks: string[];
  /** Their promises ("I'll send the deck by Friday"), due dates resolved against when they wrote. */
  promises: DetectedCommitment[];
  mood: Mood | null;
  topics: Set<string>;
}

// Questions without a question mark: "let me know if Thursday works", "I was wondering whether…".
const INDIRECT_QUESTION = phraseSet([
  'let me know if',
  'let me know whether',
  'let me know when',
  'let me know what',
  'let me know how',
  'wondering if',
  'wondering whether',
  'would love to know',
  'curious if',
  'curious whether',
  'curious what',
  'curious how',
]);
/** Asking back after telling about oneself ("…in Carlsbad. You?"). */
export const RETURN_QUESTION = phraseSet([
  'how about you',
  'what about you',
  'and you',
  'and u',
  'how about u',
  'yourself',
]);
/** "How about Tuesday?", "What about we meet at 10?": a proposal, answered like a yes/no question. */
const PROPOSAL = phraseSet(['how about', 'what about']);
const HOW_ARE_YOU = phraseSet([
  'how are you',
  "how's it going",
  'how are things',
  'how have you been',
  'how you doing',
]);

// What the ledger hears from THEIR side differs from judging the user's own draft: on their side a question about
// you or about when to talk is conversation, not a favour asked; "thanks for reaching out" is courtesy, not gratitude
// for something given; and an offer to refer or forward you is the commonest give people receive on LinkedIn.
// (Measured with `npm run eval:their-messages` on 191 hand-labelled messages; invented cases in the unit tests.)

/** Questions about the person or the arrangements of a talk already agreed: small talk and scheduling. */
const CONVERSATION_QUESTIONS = [
  'how are you',
  'how are u',
  'how have you been',
  'how about you',
  'what about you',
  'and you',
  'where are you',
  'where are u',
  'where do you',
  'where is your',
  'what do you do',
  'are you from',
  'are u from',
  'are you working',
  'are u working',
  'do you work',
  'have you done',
  'have u done',
  'how is your',
  'how was your',
  'how about we',
  'would that work',
  'does that work',
  'if that works',
  'works for you',
  'work for you',
  'go ahead',
];
/** Thanks that are courtesy on an exchange, not gratitude for help: the ledger records no thanks for them. */
const COURTESY_THANKS = [
  'thanks for',
  'thank you for',
  'thanks so much for',
  'thank you so much for',
].flatMap((thanks) =>
  [
    'reaching out',
    'asking',
    'connecting',
    'the connection',
    'accepting',
    'confirming',
    'responding',
    'the response',
    'your response',
    'the reply',
    'your reply',
    'the quick reply',
    'getting back',
    'your application',
    'your message',
    'the message',
    'your note',
    'the note',
  ].map((what) => `${thanks} ${what}`),
);
/** Gratitude the tone engine's thanks list (written for the user's drafts) does not hold. */
const MORE_THANKS = ['thank you very much', 'thanks very much', 'too kind', 'so kind of you'];
/** Words a bare thank-you is made of ("Okay, thanks", "Thank you very much"), a name aside. */
const BARE_THANKS = new Set([
  'ok',
  'okay',
  'thanks',
  'thank',
  'you',
  'u',
  'so',
  'very',
  'much',
  'a',
  'lot',
  'again',
]);
/** Their offers to refer you, pass your details on or send you something: gives the user receives. */
const THEIR_OFFERS = [
  'refer you',
  'referring you',
  'make a referral',
  'submit a referral',
  'put in a referral',
  'submit as a referral',
  'pass along your',
  'pass your',
  'forwarded your',
  'like for me to',
  'would you like me to',
  'i can send you',
  'i can put through',
  'connect you to',
  'connect you with',
  'introduce you to',
  'just sent',
];

/** The phrase lists that read their side differently, by name (`eval:their-messages` leaves some out per owner). */
export const THEIR_SIDE_PHRASES = {
  conversationQuestions: CONVERSATION_QUESTIONS,
  courtesyThanks: COURTESY_THANKS,
  moreThanks: MORE_THANKS,
  theirOffers: THEIR_OFFERS,
};
export type TheirSidePhrases = typeof THEIR_SIDE_PHRASES;
type TheirSideSets = Record<keyof TheirSidePhrases, PhraseSet>;
const setsOf = (lists: TheirSidePhrases) =>
  Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, phraseSet(list)])) as TheirSideSets;
const THEIR_SIDE = setsOf(THEIR_SIDE_PHRASES);

/**
 * Their intent for the ledger: the tone engine's reading of the message, corrected for what is different on their
 * side (see above). A message of thanks alone is thanks; a thank-you before something else is that something else.
 */
function theirIntent(reading: Reading, lists: TheirSideSets): Intent {
  const sentences = reading.draft.sentences.filter((sentence) => sentence.words.length > 0);
  if (sentences.length === 0) return 'other';
  if (sentences.some((sentence) => containsPhrase(sentence.words, lists.theirOffers))) return 'give';
  const grateful = (words: readonly string[]) =>
    containsPhrase(words, lists.moreThanks) ||
    (!containsPhrase(words, lists.courtesyThanks) &&
      thanksSentence({ ...sentences[0]!, words: words as string[] }));
  const bare = (words: readonly string[]) => words.filter((word) => !BARE_THANKS.has(word)).length <= 1;
  const thanking = sentences.filter((sentence) => grateful(sentence.words));
  const rest = sentences.filter((sentence) => !grateful(sentence.words));
  if (thanking.length > 0 && (rest.length === 0 || rest.every((sentence) => sentence.words.length <= 2)))
    return 'thanks';
  const favourAsked = reading.draft.sentences.some(
    (sentence, i) => reading.asks[i] && !containsPhrase(sentence.words, lists.conversationQuestions),
  );
  const learned = classifyIntent(reading).label;
  if (learned === 'ask') return favourAsked ? 'ask' : 'other';
  if (learned === 'thanks') {
    // Only courtesy, or a bare "Thanks." before the real message: the message is what follows.
    const real = thanking.some((sentence) => !bare(sentence.words));
    if (!real) return favourAsked ? 'ask' : 'other';
  }
  return learned;
}

function questionKind(words: readonly string[]): QuestionKind {
  if (containsPhrase(words, HOW_ARE_YOU)) return 'how-are-you';
  if (containsPhrase(words, RETURN_QUESTION)) return 'return';
  const first = words.find(
    (word) => !['so', 'and', 'but', 'also', 'btw', 'hey', 'hi', 'ok', 'okay'].includes(word),
  );
  if (first === 'when' || words.includes('when')) return 'when';
  if (first && AUXILIARIES.has(first)) return 'yes-no';
  if (containsPhrase(words, PROPOSAL)) return 'yes-no';
  if (words.some((word) => word === 'if' || word === 'whether')) return 'yes-no';
  return words.some((word) => SECOND_PERSON.has(word)) ? 'about-you' : 'open';
}

/**
 * Reads their message with the tone engine's own parts (sentences, the ask model, the thanks and give phrases,
 * the promise finder) so the two sides of the ledger are judged alike. `now` is when they wrote it: "by Friday"
 * is the Friday after that, not after today.
 */
export function readTheirMessage(
  text: string,
  clock: { now?: number; timeZone?: string } = {},
  /** Other phrase lists than Rapport's own: only the evaluation passes them. */
  lists?: TheirSidePhrases,
): TheirReading {
  const reading = readTone(text, clock);
  const { draft } = reading;
  const names = nameWords(draft.analysed, draft.tokens);
  const questions: TheirQuestion[] = [];
  const asks: string[] = [];
  draft.sentences.forEach((sentence, i) => {
    const words = sentence.words;
    const sentenceText = draft.analysed.slice(sentence.start, sentence.end).trim();
    if (words.length && (sentence.isQuestion || containsPhrase(words, INDIRECT_QUESTION)))
      questions.push({ text: sentenceText, kind: questionKind(words), topics: topicWords(words, names) });
    if (reading.asks[i]) asks.push(sentenceText);
  });
  const exclamations = draft.tokens.filter((token) => token.text === '!').length;
  return {
    intent: draft.words.length ? theirIntent(reading, lists ? setsOf(lists) : THEIR_SIDE) : 'other',
    questions,
    asks,
    promises: findCommitments(draft),
    mood: moodOf(draft.norms, reading.thanks.includes(true), exclamations),
    topics: topicWords(draft.norms, names),
  };
}
