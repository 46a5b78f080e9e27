import { analyzeTone, type ToneContext, type ToneHint } from '../../../lib/tone';

/** Hints of one rule for a draft, with the text each one covers. */
export function hintsOf(
  ruleId: string,
  text: string,
  context: ToneContext = {},
): (ToneHint & { covers: string })[] {
  return analyzeTone(text, context)
    .hints.filter((hint) => hint.ruleId === ruleId)
    .map((hint) => ({ ...hint, covers: text.slice(hint.start, hint.end) }));
}
