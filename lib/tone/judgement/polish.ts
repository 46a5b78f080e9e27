import type { Draft } from '../text/draft';

/**
 * How finished the message looks on the page: the rubric's `professional` 5 is "polished and respectful", and a
 * reader sees polish in the form of a note before its words — lines that end as sentences do, a closing and the
 * writer's name under it. These teach the `professional` scale only: warmth, clarity and the overall judgement do
 * not hinge on the form (owner-CV on the judged data: professional ρ 0.45 → 0.5x with them, the other scales
 * moved the wrong way when they learned from them; docs/tone-eval/choices.md).
 */
export const POLISH_FEATURES = [
  // "Best,\nAda": a closing alone on its line, then the writer's name, as a letter ends.
  'signed',
  // The share of lines that end in punctuation: "thanks for the info\nwill check" reads dashed off.
  'punctuated-lines',
] as const;
export type PolishFeature = (typeof POLISH_FEATURES)[number];

const CLOSING =
  /^[-–—]?\s*(?:best|best regards|regards|kind regards|warm regards|warmest regards|warmly|thanks|thank you|many thanks|thanks again|cheers|sincerely|yours|yours sincerely|yours truly|respectfully|all the best|take care|best wishes)\s*[,.!]?$/i;
/** A signature: a few words (a name, perhaps a title), starting with a capital. */
const NAME_WORDS = 4;
const LINE_END_PUNCTUATION = new Set(['.', '!', '?', ',', ':', ';', ')', '"', '”', "'", '’']);

export function polishFeatures(draft: Draft): Record<PolishFeature, number> {
  const lines = draft.analysed
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const last = lines.at(-1) ?? '';
  const signed =
    lines.length >= 2 &&
    CLOSING.test(lines.at(-2)!) &&
    last.split(/\s+/).length <= NAME_WORDS &&
    /^[-–—]?\s*\p{Lu}/u.test(last);
  const punctuated = lines.filter((line) => LINE_END_PUNCTUATION.has(line.at(-1)!)).length;
  return {
    signed: signed ? 1 : 0,
    'punctuated-lines': lines.length ? punctuated / lines.length : 0,
  };
}
