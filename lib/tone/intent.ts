import type { Intent } from '../schema/interaction';
import type { Reading } from './reading';

// How sure a fixed phrase makes us, compared with the ask model's own probability. A give or a thanks
// outranks a weak ask ("let me know what you think" under a shared article), not a clear one.
const PHRASE_CONFIDENCE = { give: 0.8, thanks: 0.75, 'follow-up': 0.7 } as const;

/** The main thing the draft does for the give/ask ledger (Reciprocity), with a confidence in [0, 1]. */
export function classifyIntent(reading: Reading): { label: Intent; confidence: number } {
  const ask = Math.max(0, ...reading.askProbability);
  const candidates: { label: Intent; confidence: number }[] = [
    { label: 'ask', confidence: ask },
    { label: 'give', confidence: reading.gives.includes(true) ? PHRASE_CONFIDENCE.give : 0 },
    { label: 'thanks', confidence: reading.thanks.includes(true) ? PHRASE_CONFIDENCE.thanks : 0 },
    { label: 'follow-up', confidence: reading.followsUp.includes(true) ? PHRASE_CONFIDENCE['follow-up'] : 0 },
  ];
  const best = candidates.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  if (best.confidence < 0.5) return { label: 'other', confidence: round(1 - best.confidence) };
  return { label: best.label, confidence: round(best.confidence) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
