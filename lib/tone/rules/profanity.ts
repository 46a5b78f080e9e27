import { phraseRule } from '../phrase-rule';

export const profanity = phraseRule({
  id: 'profanity',
  title: 'Profanity',
  section: 'Be Aware of Tone',
  why: 'Swearing in writing lands harder than in speech and can end a professional conversation before it starts.',
  dimension: 'professionalism',
  severity: 'warning',
  message: (written) => `"${written}" is profanity; leave it out.`,
  phrases: {
    'fuck*': null,
    'shit*': null,
    bullshit: null,
    damn: null,
    damned: null,
    crap: null,
    crappy: null,
    wtf: null,
    hell: null,
    ass: null,
    asshole: null,
    'bitch*': null,
    bastard: null,
    'piss*': null,
    bollocks: null,
    bloody: null,
  },
});
