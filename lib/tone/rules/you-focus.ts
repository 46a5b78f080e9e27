import { FIRST_PERSON, SECOND_PERSON } from '../features/word-lists';
import type { ToneRule } from './rule';

/** Below this many "I" words a message is too short for the balance to mean anything. */
const MIN_SELF_MENTIONS = 4;

export const youFocus = {
  id: 'you-focus',
  title: 'You-focus',
  section: 'Overcoming Barriers',
  why: 'The whitepaper\'s advice is to shift the focus from yourself to the other person; a message full of "I" reads as self-serving.',
  dimension: 'warmth',
  check: ({ draft }) => {
    let self = 0;
    let other = 0;
    for (const word of draft.words) {
      if (FIRST_PERSON.has(word.norm)) self++;
      else if (SECOND_PERSON.has(word.norm)) other++;
    }
    if (self < MIN_SELF_MENTIONS || self <= 2 * other) return [];
    const selfiest = draft.sentences.reduce((best, sentence) =>
      countIn(sentence.words) > countIn(best.words) ? sentence : best,
    );
    return [
      {
        start: selfiest.start,
        end: selfiest.end,
        message: `"I/me/my" ${self} times, "you/your" ${other}: turn a sentence towards them.`,
        severity: 'info',
      },
    ];
  },
} as const satisfies ToneRule;

function countIn(words: readonly string[]): number {
  return words.filter((word) => FIRST_PERSON.has(word)).length;
}
