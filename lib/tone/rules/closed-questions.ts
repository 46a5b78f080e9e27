import { isClosedQuestion, isOpenQuestion } from '../text/questions';
import type { ToneRule } from './rule';

export const closedQuestions = {
  id: 'closed-questions',
  title: 'Only yes/no questions',
  section: 'Active Listening',
  why: 'Yes/no questions close a conversation; an open one ("What…", "How…") lets the other person talk about what matters to them.',
  dimension: 'warmth',
  check: ({ draft }) => {
    if (draft.sentences.some(isOpenQuestion)) return [];
    return draft.sentences.filter(isClosedQuestion).map((sentence) => ({
      start: sentence.start,
      end: sentence.end,
      message: 'A yes/no question; try opening with "What" or "How".',
      severity: 'info' as const,
    }));
  },
} as const satisfies ToneRule;
