import { readingEase } from '../text/syllables';
import type { ToneRule } from './rule';

/** Flesch reading ease below this reads like a journal article, not a note to a person. */
const HARD_TO_READ = 30;
/** Too few words and the formula says nothing reliable. */
const MIN_WORDS = 30;

export const readability = {
  id: 'readability',
  title: 'Readability',
  section: 'Be Aware of Tone',
  why: 'Long words and dense phrasing make a busy reader work; plain words are read, understood and answered.',
  dimension: 'clarity',
  check: ({ draft }) => {
    const words = draft.sentences.flatMap((sentence) => sentence.words);
    if (words.length < MIN_WORDS) return [];
    const ease = readingEase(words, draft.sentences.length);
    if (ease >= HARD_TO_READ) return [];
    const eases = draft.sentences.map((sentence) => readingEase(sentence.words, 1));
    const hardest = draft.sentences[eases.indexOf(Math.min(...eases))]!;
    return [
      {
        start: hardest.start,
        end: hardest.end,
        message: `Hard to read (reading ease ${Math.round(ease)} of 100); use shorter words and sentences, starting here.`,
        severity: 'info',
      },
    ];
  },
} as const satisfies ToneRule;
