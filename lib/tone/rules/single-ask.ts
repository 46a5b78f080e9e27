import type { ToneRule } from './rule';

export const singleAsk = {
  id: 'single-ask',
  title: 'One clear ask',
  section: 'Be Prepared',
  why: 'Knowing the one thing you want (Set Goals) makes it easy to say yes; several asks make each one easier to ignore.',
  dimension: 'clarity',
  check: ({ draft, asks }) => {
    const askSentences = draft.sentences.filter((_, i) => asks[i]);
    if (askSentences.length < 2) return [];
    return askSentences.slice(1).map((sentence, i) => ({
      start: sentence.start,
      end: sentence.end,
      message: `Ask number ${i + 2} of ${askSentences.length}; keep the one that matters most.`,
      severity: 'info' as const,
    }));
  },
} as const satisfies ToneRule;
