import type { ToneRule } from './rule';

/** Readability guides put the comfortable limit for one sentence around 25–30 words. */
const MAX_WORDS = 30;

export const sentenceLength = {
  id: 'sentence-length',
  title: 'Long sentences',
  section: 'Be Aware of Tone',
  why: 'A clear message is read once and understood; long sentences on a small screen get skimmed and misread.',
  dimension: 'clarity',
  check: ({ draft }) =>
    draft.sentences
      .filter((sentence) => sentence.words.length > MAX_WORDS)
      .map((sentence) => ({
        start: sentence.start,
        end: sentence.end,
        message: `${sentence.words.length} words in one sentence; split it in two.`,
        severity: 'info' as const,
      })),
} as const satisfies ToneRule;
