import type { Intent } from '../../schema/interaction';
import { classifyIntent } from '../intent';
import { isPromptedCongratulation } from '../linkedin-prompt';
import { NEW_MESSAGE } from '../rules/rule';
import { isOpening } from '../situation';
import type { FlagName, ToneHint, ToneLedger, ToneRatings, ToneReport, ToneScores } from '../types';
import type { JudgementInputs } from './inputs';
import { offersRole } from './intent-cues';
import { INTENTS, type JudgementWeights, LEARNED_FLAGS, linear, logistic, SCALES, toScale } from './model';

/**
 * Rubric rules the judged data is too thin to learn (pressure 7, hype 4, over-apology 2, self-deprecation 3 of
 * 400): a message that pressures or pitches harms the relationship whatever else it does well (RUBRIC.md:
 * "1 — harms it: pushy… spam"), one that apologises for itself or talks the writer down is at best acceptable.
 * Each caps the ratings it concerns; the caps are the rubric's anchors, not fitted numbers.
 */
const CAPS: Partial<Record<FlagName, Partial<ToneRatings>>> = {
  pressure: { overall: 2, warm: 2.5, professional: 3 },
  hype: { overall: 2, professional: 2 },
  over_apology: { overall: 3.4 },
  self_deprecation: { overall: 3.4 },
};
/**
 * Three apologies or more and the apology is the message: the reader hears the writer's fear of rejection, not
 * what they came to say (whitepaper, Barriers). Rated as the rubric's 2 ("careless… harms it" is 1), so the verdict
 * says it needs work, where one or two extra apologies only keep a draft from "great".
 */
const APOLOGIES_THAT_DROWN = 3;
const DROWNED_OVERALL = 2;
/** Sent unchanged to this many other people, a message is a template however friendly it reads. */
const TEMPLATE_SENDS = 2;

/** Verdict bands on the overall rating: "great" must be clearly good, "needs work" clearly poor. */
export const GREAT_FROM = 3.7;
export const NEEDS_WORK_BELOW = 2.2;
/** Flags that keep a draft from "great" whatever its rating: each is something a reader holds against it. */
const BLOCKS_GREAT: readonly FlagName[] = ['pressure', 'hype', 'ask_without_give', 'generic', 'over_apology'];

export interface Judgement {
  ratings: ToneRatings;
  scores: ToneScores;
  flags: Record<FlagName, boolean>;
  intent: { label: Intent; confidence: number } | null;
  verdict: ToneReport['verdict'];
  /** The findings the judgement stands behind, before grouping and selection. */
  hints: ToneHint[];
}

const percent = (rating: number) => Math.round(((rating - 1) / 4) * 100);

function ruleFlags({ counts, features }: JudgementInputs) {
  const hype = counts.get('hype') ?? 0;
  return {
    pressure: (counts.get('pressure') ?? 0) > 0,
    hype: hype >= 2 || (hype === 1 && features.exclamations >= 1),
    over_apology: (counts.get('over-apologising') ?? 0) > 0,
    self_deprecation: (counts.get('self-deprecation') ?? 0) > 0,
    open_question: features['open-question'] === 1,
  };
}

/** After the writer gave and has not asked since, an ask is not a cold one (Reciprocity). */
const reciprocatedByLedger = (ledger: ToneLedger | undefined) =>
  !!ledger && ledger.myGives > 0 && ledger.asksSinceMyLastGive === 0;

export function judge(weights: JudgementWeights, inputs: JudgementInputs): Judgement {
  const { reading, features, findings } = inputs;
  const { situation, draft } = reading;
  const context = draft.context;
  const learned = Object.fromEntries(
    LEARNED_FLAGS.map((flag) => [
      flag,
      logistic(weights.flags[flag], features) >= weights.flags[flag].threshold,
    ]),
  ) as Record<(typeof LEARNED_FLAGS)[number], boolean>;
  const flags: Record<FlagName, boolean> = { ...learned, ...ruleFlags(inputs) };
  flags.answers_reader = situation === 'reply' && learned.answers_reader;
  // Naming their post, where they met or a mutual contact is the rubric's personal reference, whatever the learned
  // weights make of the rest (reader-specifics.ts).
  const namesReader = features['reader-specific'] > 0;
  const sentToOthers = context.sameTextSentTo ?? 0;
  if (namesReader) flags.personal_reference = true;
  // Reciprocity knows the ledger: after the writer gave and has not asked since, an ask is not a cold one.
  if (reciprocatedByLedger(context.ledger)) flags.ask_without_give = false;
  // A role offered with an invitation to apply is a job lead given: its "send your CV" asks nothing for nothing.
  const roleOffered = offersRole(draft, features);
  if (roleOffered) flags.ask_without_give = false;
  // A reply answers what this reader wrote: it is a template only when the same text went to others too (RUBRIC
  // generic: "could be sent unchanged to many people"; judge in situation).
  if (situation === 'reply') flags.generic = false;
  // A template has "nothing specific to this reader" (RUBRIC generic): one that names their work, where they met or
  // a mutual contact is written for them.
  if (namesReader) flags.generic = false;
  // An ask that names their work, a shared history or a mutual contact comes with context (RUBRIC ask_without_give:
  // "no context that makes helping easy").
  if (namesReader) flags.ask_without_give = false;
  // What the learned flag guesses from the wording cannot be specific to this reader where the same words went to
  // someone else too, are LinkedIn's one-click congratulation, or are the lines people paste to anyone ("I hope this
  // message finds you well", "I am writing to express my interest": a company named there fills a template's
  // slot): only what reader-specifics.ts names holds there (two people may each have had "our call on Monday").
  if (
    flags.personal_reference &&
    !namesReader &&
    (sentToOthers >= 1 || features['mass-outreach'] > 0 || isPromptedCongratulation(draft))
  )
    flags.personal_reference = false;
  // The same text sent unchanged to others is, by that fact, nothing specific to this reader.
  if (sentToOthers >= TEMPLATE_SENDS) {
    flags.generic = true;
    flags.personal_reference = false;
  }

  const ratings = Object.fromEntries(
    SCALES.map((scale) => [scale, toScale(linear(weights.scales[scale], features))]),
  ) as unknown as ToneRatings;
  for (const [flag, caps] of Object.entries(CAPS)) {
    if (!flags[flag as FlagName]) continue;
    for (const [scale, cap] of Object.entries(caps)) {
      const key = scale as keyof ToneRatings;
      ratings[key] = Math.min(ratings[key], cap);
    }
  }
  if ((inputs.counts.get('over-apologising') ?? 0) >= APOLOGIES_THAT_DROWN)
    ratings.overall = Math.min(ratings.overall, DROWNED_OVERALL);
  if (flags.generic && sentToOthers >= TEMPLATE_SENDS) ratings.overall = Math.min(ratings.overall, 3);

  const probabilities = INTENTS.map((label) => logistic(weights.intent[label], features));
  const total = probabilities.reduce((a, b) => a + b, 0) || 1;
  const best = probabilities.indexOf(Math.max(...probabilities));
  const learnedIntent = {
    label: INTENTS[best]!,
    confidence: Math.round((probabilities[best]! / total) * 100) / 100,
  };
  // Opening a conversation with a listed give, thanks or follow-up ("Here's the article I mentioned") is just
  // that, though the learned intent, trained mostly on replies where such phrases are small talk, leans to "other".
  const phrased = classifyIntent(reading);
  // A role offered with an invitation to apply is a job lead given, though it ends on "send your CV" (the learned
  // intent, which sees few recruiters, calls it an ask).
  const intent = roleOffered
    ? { label: 'give' as const, confidence: Math.max(learnedIntent.confidence, phrased.confidence) }
    : learnedIntent.label === 'other' &&
        phrased.label !== 'ask' &&
        phrased.label !== 'other' &&
        NEW_MESSAGE.includes(situation)
      ? phrased
      : learnedIntent;

  return {
    ratings,
    scores: {
      warmth: percent(ratings.warm),
      clarity: percent(ratings.clear),
      professionalism: percent(ratings.professional),
    },
    flags,
    intent,
    verdict: verdictOf(ratings, flags, inputs),
    hints: backedHints(findings, flags, inputs),
  };
}

/**
 * Hints agree with the judgement: a rule that stands for a flag speaks only when the flag is judged so (no "ask
 * with nothing offered" on an ask the judgement finds reciprocated), and a template the phrase list cannot see
 * still gets its hint.
 */
function backedHints(
  findings: readonly ToneHint[],
  flags: Record<FlagName, boolean>,
  { reading }: JudgementInputs,
): ToneHint[] {
  const keep = findings.filter((finding) => {
    switch (finding.ruleId) {
      case 'ask-before-give':
        return flags.ask_without_give;
      case 'personal-reference':
        return !flags.personal_reference;
      case 'open-question':
        return !flags.open_question;
      case 'answer-the-reader':
        return !flags.answers_reader;
      default:
        return true;
    }
  });
  const { draft, situation } = reading;
  if (flags.generic && !keep.some((hint) => hint.ruleId === 'generic-template') && isOpening(situation)) {
    const first = draft.sentences.find((sentence) => sentence.words.length > 2) ?? draft.sentences[0];
    if (first) {
      const sent = draft.context.sameTextSentTo ?? 0;
      keep.push({
        ruleId: 'generic-template',
        start: first.start,
        end: first.end,
        marks: [{ start: first.start, end: first.end }],
        message:
          sent >= TEMPLATE_SENDS
            ? `You sent this same text to ${sent} other people; add one line only they would recognise.`
            : 'This could be sent to anyone; add one line only they would recognise (their work, a post, where you met).',
        why: 'A message that could go to anyone tells the reader you did no homework; one specific line about them is what gets a reply.',
        section: 'Be Prepared',
        severity: 'warning',
      });
    }
  }
  return keep;
}

/** The verdict and its reasons, in the words a person would use about the message. */
function verdictOf(
  ratings: ToneRatings,
  flags: Record<FlagName, boolean>,
  { reading, features, counts }: JudgementInputs,
): ToneReport['verdict'] {
  const against: string[] = [];
  const forIt: string[] = [];
  if (flags.pressure) against.push('it pressures the reader');
  if (flags.hype) against.push('it reads as a sales pitch');
  if (flags.ask_without_give) against.push('it asks for something and offers nothing in return');
  if (flags.generic) against.push('it could be sent to anyone');
  if (reading.situation === 'reply' && features['previous-asks'] && !flags.answers_reader)
    against.push('it does not answer what they asked');
  if (flags.over_apology) against.push('it apologises more than it needs to');
  if (flags.self_deprecation) against.push('it talks you down');
  if (features.rambling > 0.5) against.push('it is long, so the point gets buried');
  if (features['elongated-words'] || features.slang || features['lower-case-only'])
    against.push('it reads like a text message, not a note on a professional network');
  if (features.thanks) forIt.push('it thanks them');
  if (features.congratulates) forIt.push('it congratulates them');
  if (features['asks-after-them']) forIt.push('it asks how they are');
  if (flags.personal_reference) forIt.push('it mentions something specific to them');
  if (features.give && !flags.ask_without_give) forIt.push('it offers something');
  if (flags.open_question) forIt.push('it asks an open question');
  if (flags.answers_reader) forIt.push('it answers what they said');
  if (flags.promise) forIt.push('it commits to a next step');
  const { overall } = ratings;
  // "Great" builds the relationship: an ask that neither gives nor thanks (the reciprocity rule's own reading) is
  // not that, even where the learned flag, calibrated on the reviewers' borderline cases, lets it pass.
  const unreciprocated = counts.has('ask-before-give') && !reciprocatedByLedger(reading.draft.context.ledger);
  const blocked = BLOCKS_GREAT.some((flag) => flags[flag]) || unreciprocated;
  const label =
    overall < NEEDS_WORK_BELOW ? 'needs-work' : overall >= GREAT_FROM && !blocked ? 'great' : 'good';
  const reasons = label === 'great' ? forIt : [...against, ...forIt];
  const headline =
    label === 'great'
      ? 'Builds the relationship'
      : label === 'good'
        ? 'Fine, could do more for the relationship'
        : 'Risks the relationship';
  const because = (label === 'great' ? forIt : against.length ? against : forIt).slice(0, 2);
  const summary = because.length ? `${headline}: ${because.join(' and ')}.` : `${headline}.`;
  return { label, summary, reasons };
}
