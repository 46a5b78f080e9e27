import type { Intent } from '../schema/interaction';
import { classifyIntent } from './intent';
import { readTone } from './reading';

/**
 * The tone engine's intent for a message of the history: what `analyzeTone(text).intent.label` says, without
 * the hint rules, politeness and scores that analyzeTone also computes and an import throws away (five times
 * the cost, a minute for 200,000 messages). tests/unit/tone/intent-only.test.ts holds the two equal.
 * Undefined for a text with no words (an emoji, a lone link): there is nothing to classify.
 */
export function intentOnly(text: string): Intent | undefined {
  if (!text) return undefined;
  const reading = readTone(text);
  if (reading.draft.tokens.every((token) => token.kind === 'punct')) return undefined;
  return classifyIntent(reading).label;
}
