import type { Situation, ToneContext } from './types';

/** What the popup's situation picker and the options page call each situation. */
export const SITUATION_LABELS: Readonly<Record<Situation, string>> = {
  'first-message': 'First message to someone new',
  'connection-note': 'Connection note',
  inmail: 'InMail',
  reply: 'Reply',
  nudge: 'Nudge after no answer',
  thanks: 'Thank-you',
  'after-meeting': 'Follow-up after meeting',
  comment: 'Comment on a post',
};

/** A draft that opens by answering ("Yes, Thursday works", "Sure!", "Sounds good"): only a reply opens so. */
const ANSWER_OPENING =
  /^\W{0,3}(?:yes|yeah|yep|yup|sure|absolutely|definitely|certainly|of course|sounds (?:good|great|perfect)|no problem|no worries|that works|works for me)\b/i;

/**
 * The situation a draft is judged in: the user's choice when there is one, else what the box and thread show.
 * The box kind decides first (a connection note is a connection note even when it thanks); then the thread:
 * a draft under the other person's message is a reply, one under the writer's own unanswered message a nudge.
 * Where the page shows no thread (the popup, a box whose thread is not on screen), a draft that opens with an
 * answer is read as a reply rather than asked to earn a stranger's attention.
 */
export function situationOf(context: ToneContext, text = ''): Situation {
  if (context.situation) return context.situation;
  if (context.kind === 'connection-note') return 'connection-note';
  if (context.kind === 'comment') return 'comment';
  if (context.position === 'nudge') return 'nudge';
  if (context.position === 'reply' || (context.position === undefined && context.previous?.trim()))
    return 'reply';
  if (context.kind === 'inmail') return 'inmail';
  if (context.position === undefined && ANSWER_OPENING.test(text)) return 'reply';
  return 'first-message';
}

/** Situations where the writer opens the conversation and must earn the reader's attention. */
export function isOpening(situation: Situation): boolean {
  return situation === 'first-message' || situation === 'connection-note' || situation === 'inmail';
}
