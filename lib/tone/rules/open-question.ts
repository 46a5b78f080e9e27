import { isOpenQuestion } from '../text/questions';
import type { ToneRule } from './rule';

/** Short notes need not ask anything; past this many words a message should invite a reply. */
const MIN_WORDS = 15;

export const openQuestion = {
  id: 'open-question',
  title: 'Open-ended question',
  section: 'Active Listening',
  why: 'An open-ended question ("What excites you most about your current role?") shows genuine interest and gives them something to answer.',
  dimension: 'warmth',
  check: ({ draft }) => {
    const kind = draft.kind;
    if ((kind !== 'message' && kind !== 'inmail') || draft.words.length < MIN_WORDS) return [];
    if (draft.sentences.some(isOpenQuestion)) return [];
    const last = draft.sentences[draft.sentences.length - 1]!;
    return [
      {
        start: last.start,
        end: last.end,
        message:
          'No open question: ask something they can tell you about, e.g. "What are you focused on this year?"',
        severity: 'info',
      },
    ];
  },
} as const satisfies ToneRule;
