import { phraseRule } from '../phrase-rule';

export const pressure = phraseRule({
  id: 'pressure',
  title: 'Pressure and demands',
  section: 'Be Aware of Tone',
  why: 'Deadlines and demands from someone the reader owes nothing read as entitlement and make a "no" easier.',
  dimension: 'professionalism',
  severity: 'warning',
  message: (written) => `"${written}" puts pressure on the reader; give a reason or a date instead.`,
  phrases: {
    asap: 'when you have a moment',
    'as soon as possible': 'when you have a moment',
    'you need to': 'could you',
    'you must': 'could you',
    'you have to': 'could you',
    urgent: null,
    urgently: null,
    immediately: null,
    'right away': 'soon',
    'right now': null,
    'without delay': null,
    'no later than': 'by',
    'i need this': null,
  },
});
