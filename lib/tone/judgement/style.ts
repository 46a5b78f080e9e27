import type { Draft } from '../text/draft';

/**
 * How the message is written, apart from what it says: the signs a reader takes in before the content (RUBRIC.md
 * scales). They generalise across writers where words do not: word and bigram features learned on one person's
 * messages told the reviewers' ratings of another person's apart at ρ ≈ 0.1, these lift every scale (docs in
 * lib/tone/README.md, figures in docs/tone-eval). Each is a count or share a person can check by reading.
 */
export const STYLE_FEATURES = [
  // Natural written English ("I'd love to", "I'm free Thursday"): the register of a warm, unforced message.
  'contractions',
  // "byeeee", "sooo": texting, not a professional network (RUBRIC professional 1: slang).
  'elongated-words',
  // "Hello ," "thanks !": careless typing.
  'space-before-punctuation',
  // The longest sentence in words: a run-on buries the point (RUBRIC clear 1).
  'longest-sentence',
  // A phone number or e-mail address handed over ("My number is …"): a move to another channel, often unasked.
  'contact-details',
  // "Hello." alone on the first line: a greeting with no one in it.
  'bare-greeting',
  // Interest in the reader as a person ("How are you?", "how's the family?"): Active Listening.
  'asks-after-them',
  'congratulates',
  // Appreciation words (RUBRIC warm 5: appreciative).
  'appreciation',
  // Mean letters per word: plain words read clearly, long ones formally.
  'word-length',
] as const;
export type StyleFeature = (typeof STYLE_FEATURES)[number];

const CONTRACTION = /\b[a-z]+['’](?:m|d|ll|re|ve|s|t)\b/gi;
const ELONGATED = /([a-z])\1\1/i;
const SPACE_BEFORE_PUNCTUATION = /[^\S\n][,.!?](?![.!?\w])/g;
// Bounded runs (an address's local part is at most 64 characters): unbounded, one 20,000-letter "word" made the
// search quadratic (1.5 s on 'a' × 100,000).
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}/;
// Seven digits or more in one run of digits, spaces, brackets and dashes, not a span of years ("2019 - 2024").
const PHONE = /\+?\d[\d ()-]{5,20}\d/g;
const YEARS = /^(?:19|20)\d\d\s*-\s*(?:19|20)\d\d$/;
const isPhone = (run: string) => (run.match(/\d/g) ?? []).length >= 7 && !YEARS.test(run);
const BARE_GREETING =
  /^\s*(?:hi|hello|hey|greetings|good (?:morning|afternoon|evening))\s*[.!,]?\s*(?:\n|$)/i;
const ASKS_AFTER_THEM = /\b(?:how are you|how['’]s|how have you|how is|what are you)\b/i;
const CONGRATULATES = /\bcongrat/i;
const APPRECIATION =
  /\b(?:appreciate[ds]?|grateful|pleasure|glad|great to|nice to|good to|love to|i['’]d love|would love|enjoyed|impressed|admire|inspiring|thanks?)\b/gi;

const countOf = (text: string, pattern: RegExp, cap: number) =>
  Math.min((text.match(pattern) ?? []).length, cap);

export function styleFeatures(draft: Draft): Record<StyleFeature, number> {
  const text = draft.analysed;
  const letters = draft.words.reduce((sum, word) => sum + word.norm.length, 0);
  const longest = Math.max(0, ...draft.sentences.map((sentence) => sentence.words.length));
  return {
    contractions: countOf(text, CONTRACTION, 4),
    'elongated-words': draft.words.some((word) => ELONGATED.test(word.norm)) ? 1 : 0,
    'space-before-punctuation': countOf(text, SPACE_BEFORE_PUNCTUATION, 3),
    'longest-sentence': Math.min(longest, 80) / 10,
    'contact-details':
      (text.includes('@') && EMAIL.test(text)) || (text.match(PHONE) ?? []).some(isPhone) ? 1 : 0,
    'bare-greeting': BARE_GREETING.test(text) ? 1 : 0,
    'asks-after-them': ASKS_AFTER_THEM.test(text) ? 1 : 0,
    congratulates: CONGRATULATES.test(text) ? 1 : 0,
    appreciation: countOf(text, APPRECIATION, 3),
    'word-length': draft.words.length ? letters / draft.words.length : 0,
  };
}
