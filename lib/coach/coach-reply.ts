import { FIRST_PERSON, FIRST_PERSON_PLURAL, POSITIVE_WORDS } from '../tone/features/word-lists';
import { readTone } from '../tone/reading';
import { containsPhrase, indexOfPhrase, phraseSet } from '../tone/text/phrases';
import type { WhitepaperSection } from '../tone/types';
import type { Mood } from './mood';
import { RETURN_QUESTION, type TheirQuestion, type TheirReading } from './their-message';
import { ANSWER_WORDS, DECLINES, nameWords, shares, TIME_WORDS, topicWords, WELLBEING_WORDS } from './words';

export type CoachingId = 'their-question' | 'listening' | 'their-tone' | 'their-ask';

/** One point about the reply as a reply, with its why and the whitepaper section it serves. */
export interface CoachingPoint {
  id: CoachingId;
  message: string;
  why: string;
  section: WhitepaperSection;
  /** A warning asks for a change; info says what a good reply does. */
  severity: 'info' | 'warning';
}

export interface ReplyCoaching {
  points: CoachingPoint[];
  /** Whether the draft responds to what they said or asked (the reviewers' `answers_reader`). */
  answersReader: boolean;
}

// Ways of saying "I heard you" before anything else.
const ACKNOWLEDGE = phraseSet([
  'sorry to hear',
  'sorry about',
  'i understand',
  'i hear you',
  'that sounds',
  'sounds tough',
  'sounds hard',
  'no worries',
  'makes sense',
  'i get it',
  'totally understand',
  'completely understand',
  'i can imagine',
  'hope you',
  "don't worry",
  'thank you for telling',
  'thanks for letting',
  'thanks for sharing',
  'i appreciate',
]);
const RECEIVE_THANKS = phraseSet([
  'glad',
  'happy to',
  'happy it',
  "you're welcome",
  'you are welcome',
  'my pleasure',
  'anytime',
  'any time',
  'of course',
  'no problem',
  'no worries',
  'pleasure',
]);
// Referring back in so many words is listening even without their exact words.
const REFERS_BACK = phraseSet([
  'you mentioned',
  'you said',
  'as you said',
  'your point',
  'you asked',
  'you wrote',
]);
// What follows these in a reply is about something else, so it answers nothing of theirs ("Cool! BTW, …").
const CHANGES_SUBJECT = phraseSet([
  'btw',
  'by the way',
  'on another note',
  'on a different note',
  'unrelated',
  'off topic',
  'changing the subject',
]);

const MOOD_ADVICE: Record<Mood, { says: string; does: string }> = {
  upset: {
    says: 'They sound upset.',
    does: 'Acknowledge how they feel first and keep it calm; leave any ask for later.',
  },
  worried: { says: 'They sound worried.', does: 'Reassure them first; details and asks can wait.' },
  thankful: { says: 'They are thanking you.', does: 'Take it warmly (“Glad it helped!”) before moving on.' },
  excited: {
    says: 'They sound excited.',
    does: 'Match their warmth and share the moment before anything else.',
  },
};

interface DraftWords {
  /** The words that respond to them: the draft up to where it changes the subject. */
  words: string[];
  topics: Set<string>;
  /** Whether it tells about the writer ("I'm in Chennai", "we are hiring"): an answer to a question about them. */
  aboutMe: boolean;
  /** The first sentence's words: where an acknowledgement belongs. */
  opening: string[];
  asks: boolean;
  hasTime: boolean;
  /** Says yes, no or a kind no. */
  answers: boolean;
  thanks: boolean;
}

function readDraftWords(draft: string): DraftWords {
  const reading = readTone(draft);
  const all = reading.draft.norms;
  const change = indexOfPhrase(all, CHANGES_SUBJECT);
  const words = change < 0 ? all : all.slice(0, change);
  return {
    words,
    topics: topicWords(words, nameWords(reading.draft.analysed, reading.draft.tokens)),
    // Asking back ("…in Carlsbad. You?") tells that the same question was just answered about oneself.
    aboutMe:
      words.some((word) => FIRST_PERSON.has(word) || FIRST_PERSON_PLURAL.has(word)) ||
      reading.draft.sentences.some(
        (sentence) =>
          sentence.isQuestion &&
          (containsPhrase(sentence.words, RETURN_QUESTION) || sentence.words.join(' ') === 'you'),
      ),
    answers: hasAny(words, ANSWER_WORDS) || containsPhrase(words, DECLINES),
    thanks: reading.thanks.some(Boolean) || words.includes('thanks') || words.includes('thank'),
    opening: reading.draft.sentences.slice(0, 2).flatMap((sentence) => sentence.words),
    asks: reading.asks.slice(0, 2).includes(true),
    hasTime: words.some((word) => TIME_WORDS.has(word) || /^\d{1,2}([:.]\d{2})?(am|pm|h)?$/.test(word)),
  };
}

const hasAny = (words: readonly string[], set: ReadonlySet<string>) => words.some((word) => set.has(word));

function answers(question: TheirQuestion, draft: DraftWords): boolean {
  if (shares(question.topics, draft.topics)) return true;
  switch (question.kind) {
    case 'yes-no':
    case 'when':
      return draft.hasTime || draft.answers;
    case 'how-are-you':
      return hasAny(draft.opening, WELLBEING_WORDS);
    case 'about-you':
      return draft.aboutMe;
    case 'return':
      return draft.words.length >= 2;
    default:
      return false;
  }
}

const quote = (text: string, max = 140) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/**
 * Coaching for a reply, read against their messages since the user last wrote (whitepaper: Active Listening,
 * Emotional Intelligence, Reciprocity). Questions they asked that the draft does not take up are named; a draft
 * that picks up none of their words is asked to; their feeling is named with what a good reply does with it;
 * their ask makes the reply an answer, so a draft that neither says yes, no nor when is told so.
 */
export function coachReply(draft: string, theirs: readonly TheirReading[]): ReplyCoaching {
  const points: CoachingPoint[] = [];
  if (!theirs.length || !draft.trim()) return { points, answersReader: true };
  const mine = readDraftWords(draft);

  const questions = theirs.flatMap((reading) => reading.questions);
  const unanswered = questions.filter((question) => !answers(question, mine));
  const asks = theirs
    .flatMap((reading) => reading.asks)
    .filter((ask) => !questions.some((q) => q.text === ask));
  const askAnswered =
    !asks.length ||
    mine.answers ||
    asks.some((ask) => shares(topicWords(ask.toLowerCase().split(/[^\p{L}\p{N}']+/u)), mine.topics));
  const theirTopics = new Set(theirs.flatMap((reading) => [...reading.topics]));
  const refersBack = shares(theirTopics, mine.topics) || containsPhrase(mine.words, REFERS_BACK);
  // Ignoring them is rare and is what the reviewers' answers_reader = false means: a reply that takes up anything
  // they said, or answers one of several questions, responds. Each question or ask it leaves out is still named,
  // as a reminder (info); as a warning only when the reply answers nothing of theirs.
  const answersReader =
    (!questions.length && !asks.length) ||
    refersBack ||
    unanswered.length < questions.length ||
    (asks.length > 0 && askAnswered) ||
    // Reciprocity: what they gave is answered by thanks.
    (mine.thanks && !questions.length && theirs.some((reading) => reading.intent === 'give'));
  const severity = answersReader ? 'info' : 'warning';

  for (const question of unanswered.slice(0, 3)) {
    points.push({
      id: 'their-question',
      message: `They asked: “${quote(question.text)}”`,
      why: 'Answering what they asked shows you listened; a reply that skips it makes them ask again.',
      section: 'Active Listening',
      severity,
    });
  }
  if (!askAnswered) {
    points.push({
      id: 'their-ask',
      message: `They asked you for something: “${quote(asks[0]!)}” Say yes, no or when.`,
      why: 'An ask left hanging strains a relationship more than a kind no; answering it is part of the give-and-take.',
      section: 'Reciprocity',
      severity,
    });
  }
  if (!refersBack && theirTopics.size >= 2 && mine.words.length >= 5 && !unanswered.length) {
    points.push({
      id: 'listening',
      message: 'Refer to something they said: a detail or a short paraphrase.',
      why: 'People feel heard when a reply picks up their own words; it is the core of active listening.',
      section: 'Active Listening',
      severity: 'info',
    });
  }

  const mood = theirs.map((reading) => reading.mood).find((found) => found !== null) ?? null;
  if (mood) {
    const advice = MOOD_ADVICE[mood];
    const handled =
      mood === 'upset' || mood === 'worried'
        ? containsPhrase(mine.opening, ACKNOWLEDGE) && !mine.asks
        : mood === 'thankful'
          ? containsPhrase(mine.words, RECEIVE_THANKS)
          : hasAny(mine.opening, POSITIVE_WORDS);
    points.push({
      id: 'their-tone',
      message: `${advice.says} ${advice.does}`,
      why: 'Recognising how the other person feels, and answering that first, is what emotional intelligence looks like in writing.',
      section: 'Emotional Intelligence',
      severity: handled ? 'info' : 'warning',
    });
  }

  return { points, answersReader };
}
