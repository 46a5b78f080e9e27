import type { Intent } from '../schema/interaction';
import { classifyIntent } from './intent';
import { readTone } from './reading';

/**
 * The intent of a message of the imported history, for the give/ask ledger: the ask model and the give, thanks
 * and follow-up phrase lists, without the rules, politeness and judgement analyzeTone also computes (five times
 * the cost, a minute for 200,000 messages). analyzeTone's learned intent agrees with reviewers more often
 * (`npm run eval:linkedin`: 77.9 % by owner-CV, against 55 % for this one) but needs every rule's findings.
 * Undefined for a text with no words (an emoji, a lone link): there is nothing to classify.
 */
export function intentOnly(text: string): Intent | undefined {
  if (!text) return undefined;
  const reading = readTone(text);
  if (reading.draft.tokens.every((token) => token.kind === 'punct')) return undefined;
  return classifyIntent(reading).label;
}
