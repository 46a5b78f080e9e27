import type { HeardMessage } from '../schema/heard-message';
import { type CoachingPoint, coachReply, type ReplyCoaching } from './coach-reply';
import { readTheirMessage, type TheirReading } from './their-message';
import { ANSWER_WORDS } from './words';

/**
 * What is known of a message of theirs that Rapport read earlier: their words when the user keeps excerpts,
 * otherwise only what was understood when it was read (intent, number of questions, mood).
 */
export function readingOfHeard(heard: HeardMessage): TheirReading {
  const words: TheirReading = heard.excerpt
    ? readTheirMessage(heard.excerpt)
    : { intent: heard.intent, questions: [], asks: [], promises: [], mood: null, topics: new Set() };
  // The stored reading was made from the whole message; an excerpt is at most its first 300 characters.
  return { ...words, intent: heard.intent, mood: heard.mood };
}

const draftWords = (draft: string) => draft.toLowerCase().split(/[^\p{L}\p{N}']+/u);

/**
 * Reply coaching for a draft written outside the conversation (the popup's draft box), from their messages that
 * Rapport read in the conversation since the user last wrote. With excerpts it is the inline panel's coaching;
 * without, their words are not kept, so questions and asks are named by what was understood of them.
 */
export function coachFromHeard(draft: string, heard: readonly HeardMessage[]): ReplyCoaching {
  const coaching = coachReply(draft, heard.map(readingOfHeard));
  if (!draft.trim() || !heard.length) return coaching;
  const wordless = heard.filter((message) => !message.excerpt);
  const points: CoachingPoint[] = [];
  const questions = wordless.reduce((sum, message) => sum + message.questions, 0);
  if (questions) {
    points.push({
      id: 'their-question',
      message: `They asked ${questions === 1 ? 'a question' : `${questions} questions`} since you last wrote: make sure your reply answers ${questions === 1 ? 'it' : 'each'}.`,
      why: 'Answering what they asked shows you listened; a reply that skips it makes them ask again.',
      section: 'Active Listening',
      severity: 'info',
    });
  }
  const asked = wordless.some((message) => message.intent === 'ask');
  const answered = draftWords(draft).some((word) => ANSWER_WORDS.has(word));
  if (asked && !coaching.points.some((point) => point.id === 'their-ask')) {
    points.push({
      id: 'their-ask',
      message: 'They asked you for something: say yes, no or when.',
      why: 'An ask left hanging strains a relationship more than a kind no; answering it is part of the give-and-take.',
      section: 'Reciprocity',
      severity: answered ? 'info' : 'warning',
    });
  }
  return {
    points: [...points, ...coaching.points],
    answersReader: coaching.answersReader && !(asked && !answered),
  };
}
