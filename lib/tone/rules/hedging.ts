import { findPhrases, phraseSet } from '../text/phrases';
import type { ToneRule } from './rule';

const HEDGES = phraseSet([
  'maybe',
  'perhaps',
  'possibly',
  'probably',
  'i think',
  'i guess',
  'i suppose',
  'i feel like',
  'sort of',
  'kind of',
  'might',
  'i was wondering',
  'i wonder',
  'somewhat',
  'hopefully',
  'a bit',
  'a little',
  'just',
]);
/** A hedge or two is courtesy; from the third, and at more than one in this many words, it is overthinking. */
const MIN_HEDGES = 3;
const WORDS_PER_HEDGE = 25;

export const hedging = {
  id: 'hedging',
  title: 'Heavy hedging',
  section: 'Overcoming Barriers',
  why: 'Stacked hedges ("maybe I just think…") come from overthinking and bury what you mean under qualifications.',
  dimension: 'clarity',
  check: ({ draft }) => {
    const hedges = findPhrases(draft, HEDGES);
    if (hedges.length < MIN_HEDGES || hedges.length * WORDS_PER_HEDGE < draft.words.length) return [];
    return hedges.map((hedge) => ({
      start: hedge.start,
      end: hedge.end,
      message: `One of ${hedges.length} hedges; drop most of them and say it directly.`,
      severity: 'info' as const,
    }));
  },
} as const satisfies ToneRule;
