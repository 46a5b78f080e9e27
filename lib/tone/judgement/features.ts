import { sentenceStrategies } from '../features/strategies';
import { FIRST_PERSON, SECOND_PERSON, wordSet } from '../features/word-lists';
import { personalCues } from '../personal';
import { readerSpecifics } from '../reader-specifics';
import type { Reading } from '../reading';
import { containsPhrase, phraseSet } from '../text/phrases';
import { isClosedQuestion, isOpenQuestion } from '../text/questions';
import { tokenize } from '../text/tokenize';
import type { Situation } from '../types';
import { INTENT_CUES, intentCues } from './intent-cues';
import { POLISH_FEATURES, polishFeatures } from './polish';
import { STYLE_FEATURES, styleFeatures } from './style';

/**
 * The interpretable inputs of the learned judgement (overall, warm, clear, professional, flags, intent). Each is
 * a count, a share or a yes/no a person can check by reading the message; the weights that turn them into scores
 * are learned from judged LinkedIn messages by scripts/train-tone.ts. The order is the order of the weights.
 */
export const JUDGEMENT_FEATURES = [
  // The situation (first message to someone new is the base).
  'situation:connection-note',
  'situation:inmail',
  'situation:reply',
  'situation:nudge',
  'situation:thanks',
  'situation:after-meeting',
  // Shape.
  'log-words',
  'very-short',
  'rambling',
  'log-sentences',
  'words-per-sentence',
  'lower-case-only',
  'no-final-punctuation',
  // Courtesy and address.
  'greeting',
  'recipient-name',
  'sign-off',
  'politeness',
  'thanks',
  'positive-words',
  'negative-words',
  'shared-history',
  'mutual-contact',
  'scheduling',
  // The exchange (Reciprocity).
  'ask',
  'ask-sentences',
  'ask-without-give',
  'cold-ask',
  'give',
  'follow-up',
  'promise',
  // Questions (Active Listening).
  'questions',
  'open-question',
  'closed-question',
  // Specific to this reader (Be Prepared) or a template (Authenticity).
  'their-news',
  'reader-specific',
  'your-specific',
  'our-shared',
  'proper-nouns',
  'previous-overlap',
  'previous-asks',
  'mass-outreach',
  'sent-to-others',
  'pitch-phrases',
  'introduces-self',
  'link',
  'you-share',
  'i-share',
  // Wording rules' findings. Hype is too rare in the judged data to weigh (4 of 400): a rule caps it instead.
  'pressure',
  'apologies',
  'self-deprecation',
  'hedges',
  'slang',
  'shouting',
  'exclamations',
  'emoji',
  // How it is written (style.ts).
  ...STYLE_FEATURES,
  // How finished it looks (polish.ts): teaches `professional` only.
  ...POLISH_FEATURES,
  // What it mainly does, in the rubric's intent forms (intent-cues.ts).
  ...INTENT_CUES,
] as const;
export type JudgementFeature = (typeof JUDGEMENT_FEATURES)[number];

/** How many findings each rule made on the draft, before any is hidden or switched off. */
export type FindingCounts = ReadonlyMap<string, number>;

const SIGN_OFFS = wordSet('best regards thanks thank cheers sincerely warmly warm kind rgds br thx');
/** Selling the writer's company or product to a stranger (Authenticity; RUBRIC: generic, hype). */
export const PITCH_PHRASES = phraseSet([
  'our services',
  'our company',
  'our clients',
  'our solutions',
  'our product',
  'our platform',
  'our team',
  'we are a',
  "we're a",
  'we provide',
  'we offer',
  'we help',
  'we specialize',
  'we specialise',
  'solutions',
  'services',
  'business',
  'opportunity',
  'offer',
  'clients',
  'customers',
  'brand',
  'promote',
  'promotion',
  'sponsor',
  'invest',
  'investment',
]);
const SELF_INTRODUCTION = phraseSet([
  'my name is',
  'i am writing',
  "i'm writing",
  'allow me to introduce',
  'let me introduce myself',
  'introduce myself',
  'i am a',
  "i'm a",
]);
/** Days, times and availability: the concrete words of a reply that moves things along. */
const SCHEDULING = wordSet(
  'monday tuesday wednesday thursday friday saturday sunday tomorrow today tonight am pm available ' +
    'availability free works calendar schedule call meet meeting coffee lunch breakfast noon',
);
// "your time", "your network": possessives any message could use; "your video", "your agency" are about them.
const GENERIC_AFTER_YOUR = wordSet(
  'time consideration response reply message attention network connection profile help support kind ' +
    'feedback thoughts earliest convenience way reference information advice guidance own name email number ' +
    'invitation invite request side end day week assistance valuable precious',
);
const OURS = wordSet('our we');
const COMMON = wordSet(
  'that this with from your have about what which when there their they them then than will would could ' +
    'should been were just like know think thanks thank really great good also some more much very want need ' +
    'here time make sure well does done into only over such sounds sound hope look looking forward today ' +
    'tomorrow week next best regards dear hello please message happy glad love nice',
);
const EXCLAMATION = 0x21;

/** Content words of a text (four letters or more, not the commonest), for overlap with the reader's message. */
function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of tokenize(text.slice(0, 2_000))) {
    if (token.kind === 'word' && token.norm.length >= 4 && !COMMON.has(token.norm)) words.add(token.norm);
  }
  return words;
}

const count = (findings: FindingCounts, rule: string) => Math.min(findings.get(rule) ?? 0, 3);

/**
 * The features of one draft in its situation; `findings` are the rules' finding counts on the same draft and
 * `politeness` the Wikipedia-trained politeness in [-1, 1].
 */
export function judgementFeatures(
  reading: Reading,
  situation: Situation,
  findings: FindingCounts,
  politeness: number,
): Record<JudgementFeature, number> {
  const { draft } = reading;
  const words = draft.words;
  const n = words.length;
  const sentences = draft.sentences.filter((sentence) => sentence.words.length > 0);
  const sentenceStarts = new Set(sentences.map((sentence) => sentence.wordStart));
  const name = (draft.context.recipientName ?? '').split(/\s+/)[0]?.toLowerCase() ?? '';
  let properNouns = 0;
  let iWords = 0;
  let youWords = 0;
  words.forEach((word, i) => {
    if (FIRST_PERSON.has(word.norm)) iWords++;
    if (SECOND_PERSON.has(word.norm)) youWords++;
    const initial = word.text.charCodeAt(0);
    const capital = initial >= 65 && initial <= 90;
    if (
      capital &&
      !sentenceStarts.has(i) &&
      word.norm !== 'i' &&
      !FIRST_PERSON.has(word.norm) &&
      word.norm !== name
    )
      properNouns++;
  });
  let exclamations = 0;
  let emoji = 0;
  for (const token of draft.tokens) {
    if (token.kind === 'emoji') emoji++;
    else if (token.kind === 'punct' && token.text.charCodeAt(0) === EXCLAMATION) exclamations++;
  }
  const previous = draft.context.previous ?? '';
  const previousWords = previous ? contentWords(previous) : new Set<string>();
  const shared = new Set(words.filter((word) => previousWords.has(word.norm)).map((word) => word.norm)).size;
  const asks = reading.asks.filter(Boolean).length;
  const gives = reading.gives.includes(true);
  const thanks = reading.thanks.includes(true);
  const last = draft.tokens.filter((token) => token.kind !== 'emoji').at(-1);
  const lastWords = words.slice(-3).map((word) => word.norm);
  const text = draft.analysed;
  const cues = personalCues(draft);
  return {
    'situation:connection-note': situation === 'connection-note' ? 1 : 0,
    'situation:inmail': situation === 'inmail' ? 1 : 0,
    'situation:reply': situation === 'reply' ? 1 : 0,
    'situation:nudge': situation === 'nudge' ? 1 : 0,
    'situation:thanks': situation === 'thanks' ? 1 : 0,
    'situation:after-meeting': situation === 'after-meeting' ? 1 : 0,
    'log-words': Math.log1p(n),
    'very-short': n <= 4 ? 1 : 0,
    rambling: Math.max(0, n - 150) / 100,
    'log-sentences': Math.log1p(sentences.length),
    'words-per-sentence': Math.min(n / Math.max(1, sentences.length), 60) / 10,
    'lower-case-only': n >= 3 && text === text.toLowerCase() ? 1 : 0,
    'no-final-punctuation': last && last.kind === 'word' ? 1 : 0,
    greeting:
      sentences.some((sentence) => sentence.wordStart === 0) &&
      /^(hi|hello|hey|dear|greetings|good)\b/i.test(words[0]?.text ?? '')
        ? 1
        : 0,
    'recipient-name': name && words.some((word) => word.norm === name) ? 1 : 0,
    'sign-off': lastWords.some((word) => SIGN_OFFS.has(word)) ? 1 : 0,
    politeness,
    thanks: thanks ? 1 : 0,
    'positive-words': Math.min(
      sentences.filter((sentence) => sentenceStrategies(sentence).includes('positive-lexicon')).length,
      3,
    ),
    'negative-words': Math.min(
      sentences.filter((sentence) => sentenceStrategies(sentence).includes('negative-lexicon')).length,
      3,
    ),
    'shared-history': cues.sharedHistory,
    'mutual-contact': cues.mutualContact,
    scheduling: Math.log1p(words.filter((word) => SCHEDULING.has(word.norm)).length),
    ask: Math.max(0, ...reading.askProbability),
    'ask-sentences': Math.min(asks, 4),
    'ask-without-give': asks > 0 && !gives && !thanks ? 1 : 0,
    'cold-ask':
      asks > 0 &&
      !gives &&
      !thanks &&
      (situation === 'first-message' || situation === 'connection-note' || situation === 'inmail')
        ? 1
        : 0,
    give: gives ? 1 : 0,
    'follow-up': reading.followsUp.includes(true) ? 1 : 0,
    promise: reading.promises.includes(true) ? 1 : 0,
    questions: Math.min(sentences.filter((sentence) => sentence.isQuestion).length, 4),
    'open-question': sentences.some(isOpenQuestion) ? 1 : 0,
    'closed-question': sentences.some(isClosedQuestion) ? 1 : 0,
    'their-news': cues.theirNews,
    'reader-specific': Math.min(readerSpecifics(draft).length, 3),
    'your-specific': Math.min(
      words.filter(
        (word, i) =>
          (word.norm === 'your' || word.norm === 'ur') &&
          !GENERIC_AFTER_YOUR.has(words[i + 1]?.norm ?? 'time'),
      ).length,
      3,
    ),
    'our-shared': Math.min(
      words.filter(
        (word, i) =>
          OURS.has(word.norm) &&
          i + 1 < words.length &&
          /ed$|^(met|spoke|talked|discussion|conversation|chat|call|meeting|time)$/.test(words[i + 1]!.norm),
      ).length,
      3,
    ),
    'proper-nouns': Math.log1p(properNouns),
    'previous-overlap': Math.log1p(shared),
    'previous-asks': previous.includes('?') ? 1 : 0,
    'mass-outreach': cues.massOutreach,
    'sent-to-others': Math.log1p(Math.min(draft.context.sameTextSentTo ?? 0, 20)),
    'pitch-phrases': Math.min(
      sentences.filter((sentence) => containsPhrase(sentence.words, PITCH_PHRASES)).length,
      4,
    ),
    'introduces-self': sentences.some((sentence) => containsPhrase(sentence.words, SELF_INTRODUCTION))
      ? 1
      : 0,
    link: /https?:\/\/|www\./i.test(text) ? 1 : 0,
    'you-share': n ? youWords / n : 0,
    'i-share': n ? iWords / n : 0,
    pressure: count(findings, 'pressure'),
    apologies: count(findings, 'over-apologising'),
    'self-deprecation': count(findings, 'self-deprecation'),
    hedges: count(findings, 'hedging'),
    slang: count(findings, 'slang') + count(findings, 'profanity'),
    shouting: count(findings, 'shouting'),
    exclamations: Math.min(exclamations, 4),
    emoji: Math.min(emoji, 3),
    ...styleFeatures(draft),
    ...polishFeatures(draft),
    ...intentCues(draft),
  };
}
