import { askBeforeGive } from './ask-before-give';
import { closedQuestions } from './closed-questions';
import { emoji } from './emoji';
import { genericTemplate } from './generic-template';
import { gratitude } from './gratitude';
import { greeting } from './greeting';
import { hedging } from './hedging';
import { hype } from './hype';
import { lengthLimit } from './length-limit';
import { minimising } from './minimising';
import { openQuestion } from './open-question';
import { overApologising } from './over-apologising';
import { personalReference } from './personal-reference';
import { pressure } from './pressure';
import { profanity } from './profanity';
import { readability } from './readability';
import { recipientName } from './recipient-name';
import type { ToneRule } from './rule';
import { selfDeprecation } from './self-deprecation';
import { sentenceLength } from './sentence-length';
import { shouting } from './shouting';
import { singleAsk } from './single-ask';
import { slang } from './slang';
import { socialProof } from './social-proof';
import { youFocus } from './you-focus';

/** Every tone rule, in the order the options page lists them. */
export const RULES = [
  greeting,
  recipientName,
  gratitude,
  youFocus,
  openQuestion,
  closedQuestions,
  personalReference,
  socialProof,
  genericTemplate,
  askBeforeGive,
  singleAsk,
  sentenceLength,
  readability,
  lengthLimit,
  shouting,
  slang,
  profanity,
  emoji,
  overApologising,
  minimising,
  selfDeprecation,
  hedging,
  pressure,
  hype,
] as const satisfies readonly ToneRule[];
