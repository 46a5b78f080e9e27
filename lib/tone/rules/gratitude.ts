import { sentenceStrategies } from '../features/strategies';
import type { ToneRule } from './rule';

export const gratitude = {
  id: 'gratitude',
  title: 'Gratitude',
  section: 'Reciprocity',
  why: 'Thanks acknowledges that the reader owes you nothing, and it is the most reliable politeness cue people respond to.',
  dimension: 'warmth',
  check: ({ draft, asks }) => {
    const firstAsk = asks.indexOf(true);
    if (firstAsk < 0) return [];
    const thanked = draft.sentences.some((sentence) => sentenceStrategies(sentence).includes('gratitude'));
    if (thanked) return [];
    const sentence = draft.sentences[firstAsk]!;
    return [
      {
        start: sentence.start,
        end: sentence.end,
        message:
          'You ask something without a word of thanks; thank them for their time or for what they shared.',
        severity: 'info',
      },
    ];
  },
} as const satisfies ToneRule;
